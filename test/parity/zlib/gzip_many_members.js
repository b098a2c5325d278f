// 100 gzip members in one buffer decode in order
'use strict';
const zlib = require('zlib');
const parts = [];
for (let i = 0; i < 100; i++) parts.push(zlib.gzipSync('m' + i + ';'));
const all = zlib.gunzipSync(Buffer.concat(parts)).toString();
console.log(all.length, all.slice(0, 20), all.slice(-10));
