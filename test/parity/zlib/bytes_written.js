// bytesWritten of the engine after sync and callback calls, including unused trailing input
'use strict';
const zlib = require('zlib');
const d = zlib.deflateSync('abc');
const r = zlib.inflateSync(Buffer.concat([d, Buffer.from('xyz')]), { info: true });
console.log(r.buffer.toString(), r.engine.bytesWritten === d.length);
const g = zlib.gzipSync('hello', { info: true });
console.log(g.engine.bytesWritten);
const g2 = zlib.gzipSync('abcdef');
zlib.gunzip(g2, { info: true }, (err, res) => console.log(res.engine.bytesWritten === g2.length, res.buffer.toString()));
