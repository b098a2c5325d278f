// level 0 stores the input: stored-block bytes for a short input
'use strict';
const zlib = require('zlib');
console.log(zlib.deflateSync('hello', { level: 0 }).toString('hex'));
console.log(zlib.deflateRawSync('hello', { level: 0 }).toString('hex'));
console.log(zlib.gzipSync('hello', { level: 0 }).toString('hex'));
