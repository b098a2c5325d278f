'use strict';
// Records codec_cases.json from the reference node: `node gen_codec.js > codec_cases.json`.
// A fixed-seed generator, so the inputs are the same on every run.
let seed = 12345;
function rnd(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
const b64chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_= \n\t!.\u00e9\u0141';
const cases = { base64: [], utf8: [], hex: [], latin1: [], ucs2: [] };
for (let i = 0; i < 400; i++) {
  let s = '';
  const n = rnd(24);
  for (let j = 0; j < n; j++) s += b64chars[rnd(j % 3 === 0 ? b64chars.length : 64)];
  cases.base64.push([s, Buffer.from(s, 'base64').toString('hex'), Buffer.from(s, 'base64url').toString('hex')]);
}
const interesting = [0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1,
  0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff];
for (let i = 0; i < 400; i++) {
  const n = rnd(12);
  const b = Buffer.alloc(n);
  for (let j = 0; j < n; j++) b[j] = rnd(2) ? interesting[rnd(interesting.length)] : rnd(256);
  const s = b.toString('utf8');
  const units = [];
  for (let k = 0; k < s.length; k++) units.push(s.charCodeAt(k));
  cases.utf8.push([b.toString('hex'), units]);
}
const hexchars = '0123456789abcdefABCDEFxg \u0141';
for (let i = 0; i < 200; i++) {
  let s = '';
  const n = rnd(12);
  for (let j = 0; j < n; j++) s += hexchars[rnd(j % 4 === 3 ? hexchars.length : 22)];
  cases.hex.push([s, Buffer.from(s, 'hex').toString('hex')]);
}
for (let i = 0; i < 100; i++) {
  let s = '';
  const n = rnd(8);
  for (let j = 0; j < n; j++) s += String.fromCharCode(rnd(3) === 0 ? rnd(0x10000) : rnd(0x100));
  const units = [];
  for (let k = 0; k < s.length; k++) units.push(s.charCodeAt(k));
  cases.latin1.push([units, Buffer.from(s, 'latin1').toString('hex'), Buffer.from(s, 'utf8').toString('hex')]);
}
console.log(JSON.stringify(cases));
