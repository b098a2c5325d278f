// reset() on a deflate stream starts a new stream; reset on a closed stream throws
'use strict';
const zlib = require('zlib');
const d = zlib.createDeflateRaw();
const got = [];
d.on('data', (c) => got.push(c));
d.write('discarded?', () => {
  d.reset();
  got.length = 0;
  d.end('after reset');
});
d.on('end', () => {
  console.log(zlib.inflateRawSync(Buffer.concat(got)).toString());
  try {
    d.reset();
  } catch (e) {
    console.log(e.code);
  }
});
