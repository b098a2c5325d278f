// unzip auto-detection: gzip members, zlib stream, a lone 0x1f byte, text
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

t('gzip multi', () => zlib.unzipSync(Buffer.concat([zlib.gzipSync('one'), zlib.gzipSync('two')])));
t('zlib', () => zlib.unzipSync(zlib.deflateSync('zlib one')));
t('lone 1f', () => zlib.unzipSync(Buffer.from([0x1f])));
t('1f 00', () => zlib.unzipSync(Buffer.from([0x1f, 0x00, 0, 0])));
t('raw deflate', () => zlib.unzipSync(zlib.deflateRawSync('raw')));
