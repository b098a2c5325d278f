// requires: node:buffer
// Buffer.compare, equals, indexOf / includes over a 1 MB buffer. Checksum: results summed.
'use strict';
const { Buffer } = require('node:buffer');
const big = Buffer.alloc(1 << 20);
for (let i = 0; i < big.length; i++) big[i] = (i * 7 + (i >> 8)) & 0xff;
const needle = Buffer.from(big.subarray(900000, 900016));
let acc = 0;
for (let r = 0; r < 300; r++) {
  acc += big.indexOf(needle, r * 1000);
  acc += big.includes('needle-not-there') ? 1 : 0;
  acc += Buffer.compare(big.subarray(r, r + 4096), big.subarray(r + 1, r + 4097));
  acc += big.subarray(0, 65536).equals(Buffer.from(big.subarray(0, 65536))) ? 1 : 0;
  acc += big.lastIndexOf(0x42);
}
console.log(String(acc));
