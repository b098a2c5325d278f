// 256 KB round trips through the callback forms concurrently; all complete
// parity-timeout: 40s
'use strict';
const zlib = require('zlib');
const data = Buffer.alloc(256 * 1024);
for (let i = 0; i < data.length; i++) data[i] = (i * 7) % 251;
let done = 0;
const out = [];
for (const [c, d] of [['gzip', 'gunzip'], ['deflate', 'inflate'], ['deflateRaw', 'inflateRaw'], ['zstdCompress', 'zstdDecompress']]) {
  zlib[c](data, (err, z) => {
    zlib[d](z, (err2, back) => {
      out.push(c + ' ' + back.equals(data));
      if (++done === 4) console.log(out.sort().join('\n'));
    });
  });
}
