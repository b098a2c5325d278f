// brotliCompressSync/brotliDecompressSync round trip, with quality and mode params
// parity-timeout: 40s
'use strict';
const zlib = require('zlib');
const text = 'The quick brown fox jumps over the lazy dog. '.repeat(200);

const C = zlib.constants;
for (const q of [0, 1, 5, 11]) {
  const b = zlib.brotliCompressSync(text, { params: { [C.BROTLI_PARAM_QUALITY]: q } });
  console.log(q, b.length < text.length, zlib.brotliDecompressSync(b).toString() === text);
}
const t2 = zlib.brotliCompressSync('text mode', { params: { [C.BROTLI_PARAM_MODE]: C.BROTLI_MODE_TEXT, [C.BROTLI_PARAM_SIZE_HINT]: 9 } });
console.log(zlib.brotliDecompressSync(t2).toString());
