// chunkSize option does not change sync results; minimum chunk size accepted
'use strict';
const zlib = require('zlib');
const text = 'The quick brown fox jumps over the lazy dog. '.repeat(200);

for (const chunkSize of [64, 100, 1024, 65536]) {
  console.log(chunkSize, zlib.gunzipSync(zlib.gzipSync(text, { chunkSize }), { chunkSize }).toString() === text);
}
