// truncated input in every format: unexpected end of file (Z_BUF_ERROR)
// parity-timeout: 40s
'use strict';
const zlib = require('zlib');
function t(label, f) {
  try {
    const r = f();
    console.log(label, 'ok', Buffer.isBuffer(r) ? JSON.stringify(r.toString('latin1')) : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.errno, JSON.stringify(e.message), Object.keys(e).join(','));
  }
}

const text = 'truncate me '.repeat(100);
const forms = [['gzip', 'gunzip'], ['deflate', 'inflate'], ['deflateRaw', 'inflateRaw'], ['gzip', 'unzip'],
  ['brotliCompress', 'brotliDecompress'], ['zstdCompress', 'zstdDecompress']];
for (const [c, d] of forms) {
  const full = zlib[c + 'Sync'](text);
  const cuts = { one: 1, five: 5, half: full.length >> 1, last: full.length - 1 };
  for (const [name, cut] of Object.entries(cuts)) {
    t(d + ' ' + name, () => zlib[d + 'Sync'](full.subarray(0, cut)).length);
  }
}
