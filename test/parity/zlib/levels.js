// every deflate level (-1..9) round trips with deflate, gzip and raw; higher levels do not grow the output much
// parity-timeout: 40s
'use strict';
const zlib = require('zlib');
const text = 'The quick brown fox jumps over the lazy dog. '.repeat(200);

for (let level = -1; level <= 9; level++) {
  const a = zlib.inflateSync(zlib.deflateSync(text, { level })).toString() === text;
  const b = zlib.gunzipSync(zlib.gzipSync(text, { level })).toString() === text;
  const c = zlib.inflateRawSync(zlib.deflateRawSync(text, { level })).toString() === text;
  console.log(level, a, b, c);
}
console.log(zlib.deflateSync(text, { level: 0 }).length > text.length);
