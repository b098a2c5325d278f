// info: true returns { buffer, engine } in sync and callback forms; the engine is closed
'use strict';
const zlib = require('zlib');
const r = zlib.gzipSync('info', { info: true });
console.log(Object.keys(r), Buffer.isBuffer(r.buffer), r.engine instanceof zlib.Gzip, r.engine.constructor.name, r.engine._closed, r.engine.bytesWritten);
console.log(zlib.gunzipSync(r.buffer).toString());
zlib.deflate('async info', { info: true }, (err, res) => {
  console.log(err, Object.keys(res), res.engine.constructor.name, res.engine._closed, res.engine.bytesWritten);
  console.log(zlib.inflateSync(res.buffer).toString());
});
