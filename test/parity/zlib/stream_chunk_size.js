// output chunks of a stream are no larger than chunkSize
'use strict';
const zlib = require('zlib');
const data = Buffer.alloc(300000, 'abcdefghijklmnopqrstuvwxyz');
const lines = [];
let pending = 3;
for (const chunkSize of [64, 1024, 16384]) {
  const g = zlib.createGunzip({ chunkSize });
  let max = 0;
  let total = 0;
  g.on('data', (c) => { max = Math.max(max, c.length); total += c.length; });
  g.on('end', () => {
    lines.push(chunkSize + ' ' + (max <= chunkSize) + ' ' + total);
    if (--pending === 0) console.log(lines.sort().join('\n'));
  });
  g.end(zlib.gzipSync(data));
}
