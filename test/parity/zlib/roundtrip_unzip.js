// unzipSync detects gzip and zlib framing; unzip callback form too
'use strict';
const zlib = require('zlib');
console.log(zlib.unzipSync(zlib.gzipSync('from gzip')).toString());
console.log(zlib.unzipSync(zlib.deflateSync('from deflate')).toString());
zlib.unzip(zlib.gzipSync('async gzip'), (err, r) => console.log('cb', err, r.toString()));
