// requires: node:crypto
// sha256 of 256 MB in 1 MB updates (the "sha256 256 MB >= 0.8x node throughput" target).
// Checksum: the hex digest. The input block is built by one native fill, the same work on both
// runtimes: a JS loop writing a million elements took longer on the interpreter than the
// hashing it was there to feed, so the benchmark measured the loop, not sha256.
'use strict';
const crypto = require('node:crypto');
const block = Buffer.alloc(1 << 20, 'The quick brown fox jumps over the lazy dog 0123456789\n');
const h = crypto.createHash('sha256');
for (let i = 0; i < 256; i++) h.update(block);
console.log(h.digest('hex'));
