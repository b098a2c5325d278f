// data after the end of a zlib or raw stream is ignored; unzip of two zlib streams gives the first
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

t('inflate', () => zlib.inflateSync(Buffer.concat([zlib.deflateSync('abc'), Buffer.from('xyz')])));
t('raw', () => zlib.inflateRawSync(Buffer.concat([zlib.deflateRawSync('abc'), Buffer.from('xyz')])));
t('unzip', () => zlib.unzipSync(Buffer.concat([zlib.deflateSync('abc'), zlib.deflateSync('def')])));
t('brotli', () => zlib.brotliDecompressSync(Buffer.concat([zlib.brotliCompressSync('abc'), Buffer.from('xyz')])));
t('zstd frames', () => zlib.zstdDecompressSync(Buffer.concat([zlib.zstdCompressSync('abc'), zlib.zstdCompressSync('def')])));
t('zstd garbage', () => zlib.zstdDecompressSync(Buffer.concat([zlib.zstdCompressSync('abc'), Buffer.from('xyz')])));
