// zstd pledgedSrcSize, windowLog and checksum options round trip; frame magic
'use strict';
const zlib = require('zlib');
const text = 'The quick brown fox jumps over the lazy dog. '.repeat(200);

const C = zlib.constants;
const a = zlib.zstdCompressSync(text, { pledgedSrcSize: text.length });
console.log(a.readUInt32LE(0).toString(16), zlib.zstdDecompressSync(a).toString() === text);
const b = zlib.zstdCompressSync(text, { params: { [C.ZSTD_c_windowLog]: 12, [C.ZSTD_c_checksumFlag]: 1 } });
console.log(zlib.zstdDecompressSync(b, { params: { [C.ZSTD_d_windowLogMax]: 20 } }).toString() === text);
const c = zlib.zstdCompressSync(text, { params: { [C.ZSTD_c_compressionLevel]: -5 } });
console.log(zlib.zstdDecompressSync(c).toString() === text);
