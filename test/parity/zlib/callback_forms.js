// every callback form round trips; callbacks run asynchronously after the current code
// parity-timeout: 40s
'use strict';
const zlib = require('zlib');
const pairs = [['deflate', 'inflate'], ['gzip', 'gunzip'], ['deflateRaw', 'inflateRaw'], ['gzip', 'unzip'],
  ['brotliCompress', 'brotliDecompress'], ['zstdCompress', 'zstdDecompress']];
const results = [];
let pending = pairs.length;
let sync = true;
for (const [c, d] of pairs) {
  zlib[c]('callback ' + c, (err, buf) => {
    if (err) throw err;
    zlib[d](buf, { }, (err2, out) => {
      results.push(d + ' ' + (err2 || out.toString()) + ' ' + sync);
      if (--pending === 0) console.log(results.sort().join('\n'));
    });
  });
}
sync = false;
