// accepted inputs (string, Buffer, Uint8Array, DataView, ArrayBuffer, Uint16Array) and rejected ones
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

const g = zlib.gzipSync('typed');
t('buffer', () => zlib.gunzipSync(g));
t('uint8array', () => zlib.gunzipSync(new Uint8Array(g)));
t('dataview', () => zlib.gunzipSync(new DataView(g.buffer, g.byteOffset, g.length)));
t('arraybuffer', () => zlib.gunzipSync(new Uint8Array(g).buffer));
t('uint16array', () => zlib.inflateSync(zlib.deflateSync(new Uint16Array([0x4241, 0x4443]))));
t('number', () => zlib.gzipSync(123));
t('null', () => zlib.gzipSync(null));
t('object', () => zlib.gzipSync({}));
t('async number', () => zlib.gzip(123, () => {}));
t('no callback', () => zlib.gzip('x'));
t('callback not fn', () => zlib.gzip('x', {}, 'nope'));
zlib.gunzip(new Uint8Array(g).buffer, (err, r) => console.log('async ab', err, r.toString()));
