// flush() emits everything written so far: a sync-flushed prefix inflates on its own; flush kinds
'use strict';
const zlib = require('zlib');
const d = zlib.createDeflate();
const got = [];
d.on('data', (c) => got.push(c));
d.write('first part ');
d.flush(() => {
  const prefix = Buffer.concat(got);
  console.log('after flush', zlib.inflateSync(prefix, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
  d.write('second part');
  d.flush(zlib.constants.Z_SYNC_FLUSH, () => {
    console.log('after sync flush', zlib.inflateSync(Buffer.concat(got), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
    d.end();
  });
});
d.on('end', () => console.log('end', zlib.inflateSync(Buffer.concat(got)).toString()));
