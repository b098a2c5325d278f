// memLevel 1..9 round trips
'use strict';
const zlib = require('zlib');
const text = 'The quick brown fox jumps over the lazy dog. '.repeat(200);

for (let m = 1; m <= 9; m++) console.log(m, zlib.gunzipSync(zlib.gzipSync(text, { memLevel: m })).toString() === text);
