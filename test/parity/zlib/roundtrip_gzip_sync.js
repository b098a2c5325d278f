// gzipSync/gunzipSync round trip of strings and buffers: decompressed text, lengths, magic bytes
'use strict';
const zlib = require('zlib');
const text = 'The quick brown fox jumps over the lazy dog. '.repeat(200);

const gz = zlib.gzipSync(text);
console.log(gz[0], gz[1], gz[2], gz.length < text.length);
const back = zlib.gunzipSync(gz);
console.log(back.length, back.toString() === text, Buffer.isBuffer(back));
console.log(zlib.gunzipSync(zlib.gzipSync(Buffer.from([0, 1, 2, 255]))));
console.log(zlib.gunzipSync(zlib.gzipSync('héllo wörld ✓')).toString());
