// finishFlush: Z_SYNC_FLUSH decodes a truncated stream as far as it goes instead of failing
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

const text = 'partial data '.repeat(50);
const g = zlib.gzipSync(text);
const cut = g.subarray(0, g.length - 10);
t('default', () => zlib.gunzipSync(cut));
const r = zlib.gunzipSync(cut, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
console.log(text.startsWith(r.toString()), r.length > 0);
const d = zlib.deflateSync(text);
const r2 = zlib.inflateSync(d.subarray(0, d.length - 2), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
console.log(r2.toString() === text);
