// gzip header (magic, method, flags, mtime, XFL, OS) and zlib header bytes per level
'use strict';
const zlib = require('zlib');
for (const level of [1, 6, 9, -1]) {
  const g = zlib.gzipSync('abc', { level });
  const d = zlib.deflateSync('abc', { level });
  console.log(level, g.subarray(0, 10).toString('hex'), d.subarray(0, 2).toString('hex'));
}
console.log(zlib.deflateSync('abc', { strategy: zlib.constants.Z_HUFFMAN_ONLY }).subarray(0, 2).toString('hex'));
