// requires: node:buffer
// Typed reads and writes: (U)Int8/16/32, BigInt64, floats, LE and BE. Checksum: sums read back.
'use strict';
const { Buffer } = require('node:buffer');
const b = Buffer.alloc(1 << 16);
let s = 0, f = 0, big = 0n;
for (let r = 0; r < 200; r++) {
  for (let o = 0; o + 16 <= b.length; o += 16) {
    b.writeUInt32LE((o * 2654435761) >>> 0, o);
    b.writeInt16BE((o & 0x7fff) - 100, o + 4);
    b.writeDoubleLE(o / 3, o + 8);
  }
  for (let o = 0; o + 16 <= b.length; o += 16) {
    s = (s + b.readUInt32LE(o) + b.readInt16BE(o + 4) + b.readUInt8(o + 6)) % 1000000007;
    f += b.readDoubleLE(o + 8);
  }
  big += b.readBigUInt64LE((r * 8) % 4096);
}
console.log(s + ' ' + f.toFixed(3) + ' ' + big.toString());
