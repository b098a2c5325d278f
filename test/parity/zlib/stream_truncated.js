// an inflate stream ended on truncated input errors with unexpected end of file
'use strict';
const zlib = require('zlib');
const full = zlib.deflateSync('truncated stream input '.repeat(20));
const s = zlib.createInflate();
let out = '';
s.on('data', (c) => out += c);
s.on('error', (e) => console.log('error', e.code, e.errno, e.message, out.length <= 460));
s.on('end', () => console.log('end unexpected'));
s.write(full.subarray(0, 10));
s.end(full.subarray(10, full.length - 3));
