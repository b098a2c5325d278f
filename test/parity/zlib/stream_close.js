// close(callback) and destroy(): callback, close event, _closed, writes after close
'use strict';
const zlib = require('zlib');
const d = zlib.createDeflate();
console.log(d._closed);
d.close(() => {
  console.log('close callback', d._closed, d.destroyed);
  d.write('after close', (err) => console.log('write cb', err && err.code));
  d.on('error', (e) => console.log('error', e.code));
});
d.on('close', () => console.log('close event'));
