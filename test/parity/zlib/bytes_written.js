// bytesWritten of the engine after sync and callback calls, including unused trailing input
'use strict';
const zlib = require('zlib');
const r = zlib.inflateSync(Buffer.concat([zlib.deflateSync('abc'), Buffer.from('xyz')]), { info: true });
console.log(r.buffer.toString(), r.engine.bytesWritten);
const g = zlib.gzipSync('hello', { info: true });
console.log(g.engine.bytesWritten);
zlib.gunzip(zlib.gzipSync('abcdef'), { info: true }, (err, res) => console.log(res.engine.bytesWritten, res.buffer.toString()));
