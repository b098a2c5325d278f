// wrong framing: incorrect header check, unknown compression method, unknown header flags, invalid window size
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

t('inflate of gzip', () => zlib.inflateSync(zlib.gzipSync('x')));
t('gunzip of zlib', () => zlib.gunzipSync(zlib.deflateSync('x')));
t('inflate text', () => zlib.inflateSync(Buffer.from('hello world')));
t('gunzip text', () => zlib.gunzipSync(Buffer.from('hello world')));
t('unzip text', () => zlib.unzipSync(Buffer.from('hello world')));
const g = zlib.gzipSync('x');
const m = Buffer.from(g); m[2] = 7;
t('gzip method', () => zlib.gunzipSync(m));
const f = Buffer.from(g); f[3] = 0x80;
t('gzip flags', () => zlib.gunzipSync(f));
t('zlib method', () => zlib.inflateSync(Buffer.from([0x79, 0x9c - 0x1f + 0x1e, 0, 0])));
t('zlib window', () => zlib.inflateSync(Buffer.from([0x88, 0x98, 0, 0])));
