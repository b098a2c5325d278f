// Pseudo-random chunks of tricky bytes through every encoding: output, lastNeed and lastTotal
// after each write and the end() text (a fixed seed: the same input on every run).
const { StringDecoder } = require('string_decoder');
let seed = 20240601;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const pool = [0x41, 0x7f, 0x80, 0xbf, 0xc2, 0xc3, 0xdf, 0xe0, 0xe2, 0xed, 0xef, 0xf0, 0xf4, 0xf8, 0xff, 0x82, 0xac, 0x9f, 0x98, 0x3d, 0xd8, 0xdc, 0x00];
for (const enc of ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1', 'ascii']) {
  const lines = [];
  for (let t = 0; t < 40; t++) {
    const d = new StringDecoder(enc);
    const parts = [];
    const k = 1 + rnd(5);
    for (let i = 0; i < k; i++) {
      const b = Buffer.alloc(rnd(6));
      for (let j = 0; j < b.length; j++) b[j] = pool[rnd(pool.length)];
      parts.push(JSON.stringify(d.write(b)) + d.lastNeed + d.lastTotal);
    }
    parts.push(JSON.stringify(d.end()));
    lines.push(parts.join('|'));
  }
  console.log(enc + '\n' + lines.join('\n'));
}
