// all 256 byte values and incompressible data survive every codec
// parity-timeout: 40s
'use strict';
const zlib = require('zlib');
const all = Buffer.alloc(256 * 64);
for (let i = 0; i < all.length; i++) all[i] = (i * 131 + (i >> 8)) & 0xff;
for (const [c, d] of [['gzip', 'gunzip'], ['deflate', 'inflate'], ['deflateRaw', 'inflateRaw'], ['brotliCompress', 'brotliDecompress'], ['zstdCompress', 'zstdDecompress']]) {
  console.log(c, zlib[d + 'Sync'](zlib[c + 'Sync'](all)).equals(all));
}
