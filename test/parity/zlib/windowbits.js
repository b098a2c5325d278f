// windowBits 8..15 for deflate and inflate; the zlib header records the window (8 becomes 9)
'use strict';
const zlib = require('zlib');
const text = 'The quick brown fox jumps over the lazy dog. '.repeat(200);

for (let wb = 8; wb <= 15; wb++) {
  const d = zlib.deflateSync(text, { windowBits: wb });
  console.log(wb, d[0] >> 4, zlib.inflateSync(d, { windowBits: Math.max(wb, 9) }).toString() === text,
              zlib.inflateRawSync(zlib.deflateRawSync(text, { windowBits: wb }), { windowBits: 15 }).toString() === text);
}
console.log(zlib.inflateSync(zlib.deflateSync(text), { windowBits: 0 }).toString() === text);
