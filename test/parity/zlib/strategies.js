// every strategy round trips
'use strict';
const zlib = require('zlib');
const text = 'The quick brown fox jumps over the lazy dog. '.repeat(200);

const C = zlib.constants;
for (const s of [C.Z_DEFAULT_STRATEGY, C.Z_FILTERED, C.Z_HUFFMAN_ONLY, C.Z_RLE, C.Z_FIXED]) {
  console.log(s, zlib.inflateSync(zlib.deflateSync(text, { strategy: s })).toString() === text,
              zlib.gunzipSync(zlib.gzipSync(text, { strategy: s, level: 1 })).toString() === text);
}
