// stream.pipeline through createGzip and createGunzip (and deflate, raw, brotli, zstd pairs): data comes back whole
'use strict';
const zlib = require('zlib');
const { Readable, Writable, pipeline } = require('stream');
const pairs = [['createGzip', 'createGunzip'], ['createDeflate', 'createInflate'], ['createDeflateRaw', 'createInflateRaw'],
  ['createGzip', 'createUnzip'], ['createBrotliCompress', 'createBrotliDecompress'], ['createZstdCompress', 'createZstdDecompress']];
const parts = [];
for (let i = 0; i < 200; i++) parts.push(Buffer.from('line ' + i + ' of the stream test\n'));
const expected = Buffer.concat(parts);
let i = 0;
function next() {
  if (i === pairs.length) return;
  const [c, d] = pairs[i++];
  const got = [];
  pipeline(Readable.from(parts), zlib[c](), zlib[d](), new Writable({
    write(chunk, enc, cb) { got.push(chunk); cb(); },
  }), (err) => {
    console.log(c, d, err, Buffer.concat(got).equals(expected));
    next();
  });
}
next();
