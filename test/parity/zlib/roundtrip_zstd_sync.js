// zstdCompressSync/zstdDecompressSync round trip with levels and the checksum flag; magic bytes
'use strict';
const zlib = require('zlib');
const text = 'The quick brown fox jumps over the lazy dog. '.repeat(200);

const C = zlib.constants;
for (const level of [1, 3, 9, 19]) {
  const z = zlib.zstdCompressSync(text, { params: { [C.ZSTD_c_compressionLevel]: level } });
  console.log(level, z.readUInt32LE(0).toString(16), z.length < text.length, zlib.zstdDecompressSync(z).toString() === text);
}
const z = zlib.zstdCompressSync('checked', { params: { [C.ZSTD_c_checksumFlag]: 1 } });
console.log(zlib.zstdDecompressSync(z).toString());
