// a small brotli input that decodes to 8 MB never buffers past highWaterMark, then flows on demand
'use strict';
const zlib = require('zlib');
const bomb = zlib.brotliCompressSync(Buffer.alloc(8 << 20), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } });
const d = zlib.createBrotliDecompress();
d.end(bomb);
setTimeout(() => {
  const rs = d._readableState;
  console.log('buffered within highWaterMark', rs.length <= rs.highWaterMark, rs.highWaterMark);
  let total = 0;
  let max = 0;
  d.on('data', (c) => { total += c.length; max = Math.max(max, c.length); });
  d.on('end', () => console.log('total', total, 'max chunk', max));
}, 200);
