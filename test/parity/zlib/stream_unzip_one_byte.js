// an unzip stream fed one byte at a time decodes gzip and zlib data
'use strict';
const zlib = require('zlib');
const lines = [];
for (const data of [zlib.gzipSync('one byte at a time'), zlib.deflateSync('zlib one byte at a time')]) {
  const u = zlib.createUnzip();
  let out = '';
  u.on('data', (c) => out += c);
  u.on('end', () => {
    lines.push(out);
    if (lines.length === 2) console.log(lines.sort().join('\n'));
  });
  for (let i = 0; i < data.length; i++) u.write(data.subarray(i, i + 1));
  u.end();
}
