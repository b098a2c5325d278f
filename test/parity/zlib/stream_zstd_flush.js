// zstd and brotli streams: flush() makes everything written so far decodable
'use strict';
const zlib = require('zlib');
const lines = [];
for (const [c, d] of [['createZstdCompress', 'zstdDecompressSync'], ['createBrotliCompress', 'brotliDecompressSync']]) {
  const s = zlib[c]();
  const got = [];
  s.on('data', (x) => got.push(x));
  s.write('flushed text');
  s.flush(() => {
    let partial;
    try {
      partial = zlib[d](Buffer.concat(got), { finishFlush: d.startsWith('zstd') ? zlib.constants.ZSTD_e_flush : zlib.constants.BROTLI_OPERATION_FLUSH }).toString();
    } catch (e) {
      partial = e.message;
    }
    lines.push(c + ' ' + partial);
    if (lines.length === 2) console.log(lines.sort().join('\n'));
    s.end();
  });
}
