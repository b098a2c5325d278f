// maxOutputLength: ERR_BUFFER_TOO_LARGE in sync and callback forms, exact limit passes, validation
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

const g = zlib.gzipSync('x'.repeat(1000));
t('over', () => zlib.gunzipSync(g, { maxOutputLength: 10 }));
t('exact', () => zlib.gunzipSync(g, { maxOutputLength: 1000 }).length);
t('one less', () => zlib.gunzipSync(g, { maxOutputLength: 999 }).length);
t('brotli', () => zlib.brotliDecompressSync(zlib.brotliCompressSync('y'.repeat(500)), { maxOutputLength: 100 }));
t('zstd', () => zlib.zstdDecompressSync(zlib.zstdCompressSync('y'.repeat(500)), { maxOutputLength: 100 }));
t('compress side', () => zlib.gzipSync('z'.repeat(100), { maxOutputLength: 5 }));
t('zero', () => zlib.gunzipSync(g, { maxOutputLength: 0 }));
t('string', () => zlib.gunzipSync(g, { maxOutputLength: '10' }));
zlib.gunzip(g, { maxOutputLength: 10 }, (err, r) => console.log('async', err.name, err.code, err.message, r));
