// inflate with a smaller windowBits than the stream header: invalid window size
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

t('wb9', () => zlib.inflateSync(zlib.deflateSync('x'), { windowBits: 9 }));
t('wb0 deflate', () => zlib.deflateSync('x', { windowBits: 0 }));
t('wb0 raw', () => zlib.inflateRawSync(zlib.deflateRawSync('x'), { windowBits: 0 }));
t('wb0 gunzip', () => zlib.gunzipSync(zlib.gzipSync('x'), { windowBits: 0 }));
