// bytesRead mirrors bytesWritten and warns once (DEP0108)
'use strict';
const zlib = require('zlib');
const r = zlib.gzipSync('abc', { info: true });
console.log(r.engine.bytesRead, r.engine.bytesWritten);
r.engine.bytesRead = 7;
console.log(r.engine.bytesWritten);
