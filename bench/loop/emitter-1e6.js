// requires: node:events
// EventEmitter: 1e6 emits to two listeners (the "EventEmitter emit 1e6 <= 5x node" target).
// Checksum: listener calls and a sum.
'use strict';
const { EventEmitter } = require('node:events');
const e = new EventEmitter();
let calls = 0, sum = 0;
e.on('data', (v) => { calls++; sum += v; });
e.on('data', (v, w) => { calls++; sum += w; });
for (let i = 0; i < 1e6; i++) e.emit('data', i, 1);
console.log(calls + ' ' + sum);
