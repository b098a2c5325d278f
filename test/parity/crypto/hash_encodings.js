// digest() output encodings (hex, base64, base64url, latin1/binary, buffer, utf8, ascii, ucs2,
// unknown, upper case) and update() input encodings (utf8, hex, base64, latin1, utf16le, unknown).
'use strict';
const crypto = require('crypto');
const d = (enc) => crypto.createHash('sha1').update('héllo ✓').digest(enc);
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'HEX', 'Base64']) {
  console.log(enc, JSON.stringify(d(enc)));
}
for (const enc of [undefined, 'buffer', 'bogus', null]) {
  const r = d(enc);
  console.log(String(enc), Buffer.isBuffer(r), r.toString('hex'));
}
for (const enc of ['utf8', 'ascii', 'ucs2', 'utf16le']) {
  console.log(enc, Buffer.from(d(enc), enc === 'ucs2' || enc === 'utf16le' ? 'utf16le' : 'utf8').toString('hex'));
}
const u = (data, enc) => crypto.createHash('md5').update(data, enc).digest('hex');
console.log('utf8', u('héllo', 'utf8'), u('héllo'), u('héllo', 'UTF-8'));
console.log('latin1', u('héllo', 'latin1'), u('héllo', 'binary'));
console.log('hex', u('00ff10', 'hex'), u('00FF10', 'HEX'));
console.log('base64', u('aGVsbG8=', 'base64'), u('aGVsbG8', 'base64url'));
console.log('utf16le', u('hé', 'utf16le'), u('hé', 'ucs2'));
console.log('ascii', u('héllo', 'ascii'));
console.log('unknown', u('héllo', 'bogus'));
console.log('lone surrogate', u('\ud800x'));
