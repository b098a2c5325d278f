// params() changes level and strategy mid-stream; the result inflates to everything written
'use strict';
const zlib = require('zlib');
const d = zlib.createDeflate({ level: 1 });
const got = [];
d.on('data', (c) => got.push(c));
d.write('x'.repeat(1000));
d.params(9, zlib.constants.Z_FILTERED, (err) => {
  console.log('params done', err);
  d.end('y'.repeat(1000));
});
d.on('end', () => {
  const back = zlib.inflateSync(Buffer.concat(got)).toString();
  console.log(back.length, back === 'x'.repeat(1000) + 'y'.repeat(1000));
});
try {
  d.params(10, 0, () => {});
} catch (e) {
  console.log(e.code, e.message);
}
