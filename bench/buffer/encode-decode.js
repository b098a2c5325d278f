// requires: node:buffer
// Encodings: utf8, hex, base64, latin1 both ways. Checksum: lengths and a hash of the text.
'use strict';
const { Buffer } = require('node:buffer');
let text = '';
for (let i = 0; i < 2000; i++) text += 'héllo wörld ' + i + ' ✓ ';
let h = 0, len = 0;
for (let r = 0; r < 300; r++) {
  const b = Buffer.from(text, 'utf8');
  const hex = b.toString('hex'), b64 = b.toString('base64');
  len += hex.length + b64.length + Buffer.byteLength(text);
  const back = Buffer.from(b64, 'base64').toString('utf8');
  const fromHex = Buffer.from(hex, 'hex');
  len += fromHex.length + Buffer.from(back, 'latin1').length;
  for (let i = 0; i < back.length; i += 101) h = (Math.imul(h, 31) + back.charCodeAt(i)) | 0;
}
console.log(len + ' ' + (h >>> 0));
