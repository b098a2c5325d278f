// UTF-16LE (and its aliases): odd bytes and surrogate pairs split across writes, lone
// surrogates, a dropped trailing byte at end().
const { StringDecoder } = require('string_decoder');
const show = (s) => JSON.stringify(s);
const pair = Buffer.from('😀', 'utf16le');
for (let cut = 0; cut <= pair.length; cut++) {
  const d = new StringDecoder('utf16le');
  console.log('cut', cut, show(d.write(pair.subarray(0, cut))), d.lastNeed, show(d.write(pair.subarray(cut))), show(d.end()));
}
const text = Buffer.from('a😀b€', 'utf16le');
const d = new StringDecoder('ucs2');
let out = '';
for (const b of text) out += d.write(Buffer.from([b]));
console.log('bytewise:', show(out), d.encoding);
const lone = new StringDecoder('utf-16le');
console.log('lone high surrogate then end:', show(lone.write(Buffer.from([0x3D, 0xD8]))), show(lone.end()));
console.log('odd byte then end:', show(lone.write(Buffer.from([0x61, 0x00, 0x62]))), show(lone.end()));
console.log('high then BMP char:', show(lone.write(Buffer.from([0x3D, 0xD8]))), show(lone.write(Buffer.from([0x61, 0x00]))), show(lone.end()));
