// deflateSync/inflateSync round trip; zlib header checksum is valid (CMF*256+FLG divisible by 31)
'use strict';
const zlib = require('zlib');
const text = 'The quick brown fox jumps over the lazy dog. '.repeat(200);

const d = zlib.deflateSync(text);
console.log(d[0], ((d[0] << 8) | d[1]) % 31, d.length < text.length);
console.log(zlib.inflateSync(d).toString() === text);
console.log(zlib.inflateSync(zlib.deflateSync('x')).toString());
