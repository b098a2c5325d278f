// requires: node:stream
// Object-mode streams: 300,000 objects through Readable.from -> Transform -> Writable, and an
// async iteration. Checksum: count and sum.
'use strict';
const { Readable, Transform, Writable } = require('node:stream');
const { pipeline } = require('node:stream/promises');
function* gen(n) { for (let i = 0; i < n; i++) yield { i, v: i % 7 }; }
(async () => {
  let count = 0, sum = 0;
  await pipeline(
    Readable.from(gen(300000)),
    new Transform({ objectMode: true, transform(o, e, cb) { cb(null, { i: o.i, v: o.v * 2 }); } }),
    new Writable({ objectMode: true, write(o, e, cb) { count++; sum += o.v; cb(); } }),
  );
  for await (const o of Readable.from(gen(100000))) { count++; sum += o.v; }
  console.log(count + ' ' + sum);
})();
