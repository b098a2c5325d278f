// decompressing empty input: unexpected end of file in every decoder
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

for (const d of ['inflate', 'gunzip', 'unzip', 'inflateRaw', 'brotliDecompress', 'zstdDecompress']) {
  t(d, () => zlib[d + 'Sync'](Buffer.alloc(0)));
}
