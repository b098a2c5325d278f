// requires: node:crypto
// sha256 of 256 MB in 1 MB updates (the "sha256 256 MB >= 0.8x node throughput" target).
// Checksum: the hex digest.
'use strict';
const crypto = require('node:crypto');
const block = new Uint8Array(1 << 20);
for (let i = 0; i < block.length; i++) block[i] = (i * 31) & 0xff;
const h = crypto.createHash('sha256');
for (let i = 0; i < 256; i++) h.update(block);
console.log(h.digest('hex'));
