// brotli params: invalid keys, duplicate keys, value types, init failure, flush bounds
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

const C = zlib.constants;
t('key 10000', () => zlib.createBrotliCompress({ params: { 10000: 0 } }));
t('dup keys', () => zlib.createBrotliCompress({ params: { '0': 0, '00': 0 } }));
t('key -1', () => zlib.createBrotliCompress({ params: { '-1': 0 } }));
t('key abc', () => zlib.createBrotliCompress({ params: { abc: 0 } }));
t('string value', () => zlib.createBrotliCompress({ params: { 1: '3' } }));
t('bool value', () => zlib.brotliCompressSync('x', { params: { [C.BROTLI_PARAM_LARGE_WINDOW]: true } }).length > 0);
t('flag 42', () => zlib.createBrotliCompress({ params: { [C.BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING]: 42 } }));
t('flush Z_FINISH', () => zlib.brotliCompressSync('', { flush: C.Z_FINISH }));
t('finishFlush 4', () => zlib.brotliCompressSync('', { finishFlush: 4 }));
t('decoder key 10000', () => zlib.createBrotliDecompress({ params: { 10000: 0 } }));
