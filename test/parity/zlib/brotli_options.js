// brotli quality/lgwin/lgblock/size hint options round trip; decoder params accepted
// parity-timeout: 40s
'use strict';
const zlib = require('zlib');
const text = 'The quick brown fox jumps over the lazy dog. '.repeat(200);

const C = zlib.constants;
const cases = [
  { [C.BROTLI_PARAM_LGWIN]: 10 }, { [C.BROTLI_PARAM_LGWIN]: 24 }, { [C.BROTLI_PARAM_LGBLOCK]: 16 },
  { [C.BROTLI_PARAM_SIZE_HINT]: text.length }, { [C.BROTLI_PARAM_QUALITY]: 2, [C.BROTLI_PARAM_MODE]: C.BROTLI_MODE_FONT },
];
for (const params of cases) {
  console.log(JSON.stringify(params), zlib.brotliDecompressSync(zlib.brotliCompressSync(text, { params })).toString() === text);
}
console.log(zlib.brotliDecompressSync(zlib.brotliCompressSync('dec'), { params: { [C.BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION]: 1 } }).toString());
