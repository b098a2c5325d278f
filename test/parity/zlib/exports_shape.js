// the names node:zlib exports and their types; create* make class instances
'use strict';
const zlib = require('zlib');
for (const k of Object.keys(zlib)) console.log(k, typeof zlib[k]);
const pairs = [['createGzip', 'Gzip'], ['createGunzip', 'Gunzip'], ['createDeflate', 'Deflate'], ['createInflate', 'Inflate'],
  ['createDeflateRaw', 'DeflateRaw'], ['createInflateRaw', 'InflateRaw'], ['createUnzip', 'Unzip'],
  ['createBrotliCompress', 'BrotliCompress'], ['createBrotliDecompress', 'BrotliDecompress'],
  ['createZstdCompress', 'ZstdCompress'], ['createZstdDecompress', 'ZstdDecompress']];
for (const [f, cls] of pairs) {
  const s = zlib[f]();
  console.log(f, s instanceof zlib[cls], s.constructor.name, s._closed, s.bytesWritten);
  s.close();
}
console.log(zlib.gzipSync.name, zlib.gzip.name, zlib.gzip.length, zlib.gzipSync.length);
