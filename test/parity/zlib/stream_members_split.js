// two gzip members split at every offset across two writes decode to both
'use strict';
const zlib = require('zlib');
const a = zlib.gzipSync('abc');
const b = zlib.gzipSync('def');
const all = Buffer.concat([a, b]);
let pending = 0;
const results = [];
for (let off = a.length - 2; off <= a.length + 4; off++) {
  pending++;
  const g = zlib.createGunzip();
  let out = '';
  g.on('data', (c) => out += c);
  g.on('end', () => {
    results[off - a.length + 2] = (off - a.length) + ':' + out;
    if (--pending === 0) console.log(results.join(' '));
  });
  g.write(all.subarray(0, off));
  g.end(all.subarray(off));
}
