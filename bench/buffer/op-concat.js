// requires: node:buffer
// Issue #6's Buffer target, one operation per script so each ratio stands alone:
// Buffer.concat of 10,000 small Buffers
// (repeated 60 times; the other scripts of this folder are not part of the target).
// Checksum: the summed lengths or positions.
'use strict';
const { Buffer } = require('node:buffer');
const small = [];
for (let i = 0; i < 10000; i++) small.push(Buffer.alloc(16, i & 255));
let acc = 0;
for (let r = 0; r < 60; r++) acc += Buffer.concat(small).length;
console.log(String(acc));
