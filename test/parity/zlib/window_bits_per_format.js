// windowBits ranges per format: Gzip refuses 8 (its header cannot carry it) and 0, deflate
// and raw take 8..15, the decoders take 0 (window from the header) and 8.
const zlib = require('zlib');
for (const f of ['createGzip', 'createGunzip', 'createDeflate', 'createInflate', 'createDeflateRaw', 'createInflateRaw', 'createUnzip']) {
  for (const windowBits of [0, 8, 9, 15, 16]) {
    try {
      zlib[f]({ windowBits }).close();
      console.log(f, windowBits, 'ok');
    } catch (e) {
      console.log(f, windowBits, e.code, e.message);
    }
  }
}
for (const fn of ['gzipSync', 'deflateSync']) {
  try {
    console.log(fn, zlib.gunzipSync === undefined, zlib[fn]('x', { windowBits: 8 }).length > 0);
  } catch (e) {
    console.log(fn, e.code, e.message);
  }
}
