// requires: node:buffer
// Issue #6's Buffer target, one operation per script so each ratio stands alone:
// buf.toString('utf8') of 1 MB
// (repeated 20 times; the other scripts of this folder are not part of the target).
// Checksum: the summed lengths or positions.
'use strict';
const { Buffer } = require('node:buffer');
const unit = 'h\u00e9llo w\u00f6rld \u2713 0123456789 abcdefghij ';
const text = unit.repeat(Math.ceil((1 << 20) / unit.length)).slice(0, 1 << 20);
const mb = Buffer.from(text, 'utf8').subarray(0, 1 << 20);
let acc = 0;
for (let r = 0; r < 20; r++) acc += mb.toString('utf8').length;
console.log(String(acc));
