// corrupt brotli and zstd input: their codes, errnos and messages
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

t('brotli text', () => zlib.brotliDecompressSync(Buffer.from('hello world')));
t('zstd text', () => zlib.zstdDecompressSync(Buffer.from('hello world')));
t('zstd truncated', () => zlib.zstdDecompressSync(zlib.zstdCompressSync('hello world').subarray(0, 8)));
t('brotli truncated', () => zlib.brotliDecompressSync(zlib.brotliCompressSync('hello world').subarray(0, 5)));
zlib.brotliDecompress(Buffer.from('hello world'), (err) => console.log('async', err.code, err.errno, err.message));
