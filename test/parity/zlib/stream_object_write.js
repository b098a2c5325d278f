// writing a non-buffer to a zlib stream is an ERR_INVALID_ARG_TYPE; objectMode options are overridden
'use strict';
const zlib = require('zlib');
const g = zlib.createGzip({ objectMode: true });
console.log(g.readableObjectMode, g.writableObjectMode);
try {
  g.write({});
} catch (e) {
  console.log(e.name, e.code, e.message);
}
g.on('error', (e) => console.log('error event', e.code));
