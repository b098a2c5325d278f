// requires: node:buffer
// Buffer.alloc / allocUnsafe / from / concat / slice in a loop. Checksum: total bytes and a sum.
'use strict';
const { Buffer } = require('node:buffer');
let total = 0, sum = 0;
for (let r = 0; r < 1000; r++) {
  const parts = [];
  for (let i = 0; i < 500; i++) {
    const b = i % 2 ? Buffer.alloc(64, i & 0xff) : Buffer.allocUnsafe(64).fill(r & 0xff);
    parts.push(b, Buffer.from([i & 0xff, r & 0xff, 7]));
  }
  const all = Buffer.concat(parts);
  total += all.length;
  const sub = all.subarray(100, 200);
  for (let i = 0; i < sub.length; i++) sum += sub[i];
}
console.log(total + ' ' + sum);
