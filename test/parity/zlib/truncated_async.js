// truncated input through the callback forms: error objects
'use strict';
const zlib = require('zlib');
const g = zlib.gzipSync('hello world').subarray(0, 12);
zlib.gunzip(g, (err, r) => {
  console.log(err.name, err.code, err.errno, err.message, r);
  zlib.inflate(zlib.deflateSync('x').subarray(0, 3), (err2) => console.log(err2.code, err2.message));
});
