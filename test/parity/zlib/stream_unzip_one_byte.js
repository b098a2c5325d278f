// an unzip stream fed one byte at a time decodes gzip and zlib data
'use strict';
const zlib = require('zlib');
for (const data of [zlib.gzipSync('one byte at a time'), zlib.deflateSync('zlib one byte at a time')]) {
  const u = zlib.createUnzip();
  let out = '';
  u.on('data', (c) => out += c);
  u.on('end', () => console.log(out));
  for (let i = 0; i < data.length; i++) u.write(data.subarray(i, i + 1));
  u.end();
}
