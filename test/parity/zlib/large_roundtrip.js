// 1 MB of mixed data round trips in every format (sync); output sizes stay below the input
// parity-timeout: 40s
'use strict';
const zlib = require('zlib');
const parts = [];
let seed = 12345;
for (let i = 0; i < 1024; i++) {
  const b = Buffer.alloc(1024);
  for (let j = 0; j < 1024; j++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    b[j] = (i % 4 === 0) ? (seed >> 16) & 0xff : 97 + (j % 26);
  }
  parts.push(b);
}
const data = Buffer.concat(parts);
for (const [c, d] of [['gzip', 'gunzip'], ['deflate', 'inflate'], ['deflateRaw', 'inflateRaw'], ['zstdCompress', 'zstdDecompress']]) {
  const z = zlib[c + 'Sync'](data);
  console.log(c, z.length < data.length, zlib[d + 'Sync'](z).equals(data));
}
const b = zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } });
console.log('brotli', b.length < data.length, zlib.brotliDecompressSync(b).equals(data));
