// requires: node:buffer
// The operations of issue #6's Buffer target at their sizes: Buffer.from(string) in utf8, hex
// and base64 and toString of 1 MB, Buffer.concat of 10,000 small Buffers, indexOf in 10 MB.
// Each runs 20 times; the other scripts of this folder measure loops of small calls.
// Checksum: lengths and positions.
'use strict';
const { Buffer } = require('node:buffer');
const unit = 'h\u00e9llo w\u00f6rld \u2713 0123456789 abcdefghij ';
const text = unit.repeat(Math.ceil((1 << 20) / unit.length)).slice(0, 1 << 20);
const mb = Buffer.from(text, 'utf8').subarray(0, 1 << 20);
const hex = mb.toString('hex'), b64 = mb.toString('base64');
const small = [];
for (let i = 0; i < 10000; i++) small.push(Buffer.alloc(16, i & 255));
const big = Buffer.alloc(10 << 20, 'abcdefghijklmnopqrstuvwxyz');
big.write('NEEDLE-xyz', (10 << 20) - 100);
const needle = Buffer.from('NEEDLE-xyz');
let acc = 0;
for (let r = 0; r < 20; r++) {
  acc += Buffer.from(text, 'utf8').length + Buffer.from(hex, 'hex').length + Buffer.from(b64, 'base64').length;
  acc += mb.toString('utf8').length + mb.toString('hex').length + mb.toString('base64').length;
  acc += Buffer.concat(small).length;
  acc += big.indexOf('NEEDLE-xyz') + big.indexOf(needle);
}
console.log(String(acc));
