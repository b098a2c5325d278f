// 500 small deflate/inflate and gzip/gunzip round trips (the handle life cycle under load)
// parity-timeout: 40s
'use strict';
const zlib = require('zlib');
let ok = 0;
for (let i = 0; i < 500; i++) {
  const s = Buffer.from('message number ' + i);
  if (zlib.inflateSync(zlib.deflateSync(s)).equals(s) && zlib.gunzipSync(zlib.gzipSync(s)).equals(s)) ok++;
}
console.log(ok);
