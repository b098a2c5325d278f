// compressing empty input: the exact bytes of deflate, gzip, raw and brotli, and round trips
'use strict';
const zlib = require('zlib');
console.log(zlib.deflateSync('').toString('hex'));
console.log(zlib.gzipSync('').toString('hex'));
console.log(zlib.deflateRawSync('').toString('hex'));
console.log(zlib.brotliCompressSync('').toString('hex'));
console.log(zlib.inflateSync(zlib.deflateSync('')).length, zlib.gunzipSync(zlib.gzipSync('')).length,
            zlib.inflateRawSync(zlib.deflateRawSync('')).length, zlib.brotliDecompressSync(zlib.brotliCompressSync('')).length,
            zlib.zstdDecompressSync(zlib.zstdCompressSync('')).length);
