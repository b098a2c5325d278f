// deflateRawSync/inflateRawSync round trip
'use strict';
const zlib = require('zlib');
const text = 'The quick brown fox jumps over the lazy dog. '.repeat(200);

const d = zlib.deflateRawSync(text);
console.log(d.length < text.length, zlib.inflateRawSync(d).toString() === text);
console.log(zlib.inflateRawSync(zlib.deflateRawSync('raw data')).toString());
