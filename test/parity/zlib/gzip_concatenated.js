// concatenated gzip members decode as one; unzip too; zero padding after them is ignored
'use strict';
const zlib = require('zlib');
const data = Buffer.concat([zlib.gzipSync('abc'), zlib.gzipSync('def'), zlib.gzipSync('')]);
console.log(zlib.gunzipSync(data).toString());
console.log(zlib.unzipSync(data).toString());
console.log(zlib.gunzipSync(Buffer.concat([data, Buffer.alloc(10)])).toString());
zlib.gunzip(data, (err, r) => console.log('cb', err, r.toString()));
