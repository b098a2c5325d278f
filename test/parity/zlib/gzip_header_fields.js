// gzip members with FEXTRA, FNAME, FCOMMENT and FHCRC header fields decode; a bad header CRC fails
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

const body = zlib.deflateRawSync('fields');
const trailer = zlib.gzipSync('fields').subarray(-8);
function member(flags, extra) {
  return Buffer.concat([Buffer.from([0x1f, 0x8b, 8, flags, 0, 0, 0, 0, 0, 3]), extra, body, trailer]);
}
t('name', () => zlib.gunzipSync(member(0x08, Buffer.from('file.txt\0'))));
t('comment', () => zlib.gunzipSync(member(0x10, Buffer.from('a comment\0'))));
t('extra', () => zlib.gunzipSync(member(0x04, Buffer.from([3, 0, 1, 2, 3]))));
const hdr = Buffer.from([0x1f, 0x8b, 8, 0x0a, 0, 0, 0, 0, 0, 3, 0x61, 0]);
const hcrc = zlib.crc32(hdr) & 0xffff;
t('hcrc', () => zlib.gunzipSync(Buffer.concat([hdr, Buffer.from([hcrc & 0xff, hcrc >> 8]), body, trailer])));
t('bad hcrc', () => zlib.gunzipSync(Buffer.concat([hdr, Buffer.from([(hcrc & 0xff) ^ 1, hcrc >> 8]), body, trailer])));
t('truncated name', () => zlib.gunzipSync(Buffer.from([0x1f, 0x8b, 8, 0x08, 0, 0, 0, 0, 0, 3, 0x61, 0x62])));
