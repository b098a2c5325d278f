// corrupt deflate blocks: zlib messages for bad block type, stored lengths, code lengths
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

t('block type 3', () => zlib.inflateRawSync(Buffer.from([0x07, 0, 0, 0])));
t('stored lengths', () => zlib.inflateRawSync(Buffer.from([0x01, 0x05, 0x00, 0x00, 0x00, 1, 2, 3, 4, 5])));
t('too many symbols', () => zlib.inflateRawSync(Buffer.from([0xfd, 0xff, 0xff, 0xff, 0xff, 0xff])));
t('code lengths', () => zlib.inflateRawSync(Buffer.from([0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00])));
t('zlib block type 3', () => zlib.inflateSync(Buffer.from([0x78, 0x9c, 0x07, 0, 0, 0, 0, 0])));
t('gzip block type 3', () => zlib.gunzipSync(Buffer.concat([zlib.gzipSync('').subarray(0, 10), Buffer.from([0x07, 0, 0, 0, 0, 0, 0, 0, 0, 0])])));
