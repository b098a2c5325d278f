// zstd params: invalid keys, duplicates, failing values, pledgedSrcSize checks, flush bounds
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
t('key 10000', () => zlib.createZstdCompress({ params: { 10000: 0 } }));
t('dup', () => zlib.createZstdCompress({ params: { '0': 0, '00': 0 } }));
t('strategy 130', () => zlib.createZstdCompress({ params: { [C.ZSTD_c_strategy]: 130 } }));
t('windowLog 9', () => zlib.createZstdCompress({ params: { [C.ZSTD_c_windowLog]: 9 } }));
t('dec key 101', () => zlib.createZstdDecompress({ params: { 101: 1 } }));
t('dec windowLogMax 1', () => zlib.createZstdDecompress({ params: { [C.ZSTD_d_windowLogMax]: 1 } }));
t('dec key 0', () => zlib.createZstdDecompress({ params: { 0: 1 } }));
t('pledged string', () => zlib.createZstdCompress({ pledgedSrcSize: 'x' }));
t('pledged negative', () => zlib.createZstdCompress({ pledgedSrcSize: -1 }));
t('flush 3', () => zlib.zstdCompressSync('', { flush: 3 }));
t('finishFlush 3', () => zlib.zstdCompressSync('', { finishFlush: 3 }));
