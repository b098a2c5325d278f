// corrupted trailers: incorrect data check (gzip CRC, zlib Adler) and incorrect length check
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

const g = zlib.gzipSync('checksum');
const crc = Buffer.from(g); crc[crc.length - 8] ^= 1;
t('gzip crc', () => zlib.gunzipSync(crc));
const len = Buffer.from(g); len[len.length - 1] ^= 1;
t('gzip length', () => zlib.gunzipSync(len));
const d = zlib.deflateSync('checksum');
const ad = Buffer.from(d); ad[ad.length - 1] ^= 1;
t('zlib adler', () => zlib.inflateSync(ad));
zlib.gunzip(crc, (err) => console.log('async', err.code, err.errno, err.message));
