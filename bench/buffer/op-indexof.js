// requires: node:buffer
// Issue #6's Buffer target, one operation per script so each ratio stands alone:
// indexOf in 10 MB, for a string and for a Buffer needle near the end
// (repeated 30 times; the other scripts of this folder are not part of the target).
// Checksum: the summed lengths or positions.
'use strict';
const { Buffer } = require('node:buffer');
const big = Buffer.alloc(10 << 20, 'abcdefghijklmnopqrstuvwxyz');
big.write('NEEDLE-xyz', (10 << 20) - 100);
const needle = Buffer.from('NEEDLE-xyz');
let acc = 0;
for (let r = 0; r < 30; r++) acc += big.indexOf('NEEDLE-xyz') + big.indexOf(needle);
console.log(String(acc));
