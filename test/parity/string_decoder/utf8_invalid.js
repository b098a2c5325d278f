// UTF-8 sequences broken across writes: a byte that is not a continuation ends the character
// with U+FFFD; stray continuation bytes, overlong and out-of-range lead bytes.
const { StringDecoder } = require('string_decoder');
const show = (s) => JSON.stringify(s);
const cases = [
  [[0xE2], [0x41]],
  [[0xE2, 0x82], [0x41, 0x42]],
  [[0xF0, 0x9F], [0x98]],
  [[0xF0, 0x9F], [0xE2, 0x82, 0xAC]],
  [[0x80, 0x80], [0x41]],
  [[0xC0, 0x80], []],
  [[0xF8, 0x88, 0x80], [0x80]],
  [[0xFF], [0xFE]],
  [[0xED, 0xA0], [0x80]],
  [[0x41, 0xC3], [0xC3, 0xA9]],
  [[0xE2, 0x82, 0xAC, 0xE2], [0x82], [0xAC]],
];
for (const parts of cases) {
  const d = new StringDecoder('utf8');
  const out = parts.map((p) => show(d.write(Buffer.from(p))));
  out.push(show(d.end()));
  console.log(parts.map((p) => p.map((b) => b.toString(16)).join(' ')).join(' / '), '=>', out.join(' '));
}
