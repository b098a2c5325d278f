// inflate streams stop at the end of the data: later input is ignored, bytesWritten counts the stream only
// (the five streams run at once; their results print in a fixed order at exit)
'use strict';
const results = [];
process.on('exit', () => results.forEach((r) => console.log(...r)));
const zlib = require('zlib');
const compressed = zlib.deflateRawSync('0123456789'.repeat(4));
const trailing = Buffer.from('not valid compressed data');
const variants = [
  (s) => s.end(compressed),
  (s) => { s.write(compressed); s.write(trailing); s.end(); },
  (s) => { s.write(compressed); s.end(trailing); },
  (s) => s.write(Buffer.concat([compressed, trailing])),
  (s) => s.end(Buffer.concat([compressed, trailing])),
];
variants.forEach((v, i) => {
  const s = zlib.createInflateRaw();
  let out = '';
  s.setEncoding('utf8');
  s.on('data', (c) => out += c);
  s.on('end', () => { results[i] = [i, out === '0123456789'.repeat(4), s.bytesWritten === compressed.length]; });
  v(s);
});
