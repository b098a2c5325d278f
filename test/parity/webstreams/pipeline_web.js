// stream.pipeline accepts web streams as source, transform and destination.
const { pipeline } = require('stream/promises');
const { Writable } = require('stream');
(async () => {
  const out = [];
  await pipeline(
    ReadableStream.from(['a', 'b']),
    new TransformStream({ transform(c, ctl) { ctl.enqueue(`${c}${c}`); } }),
    new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } }),
  );
  console.log(out);
  const got = [];
  await pipeline(
    async function* () { yield 'x'; yield 'y'; },
    new WritableStream({ write(c) { got.push(String(c)); } }),
  );
  console.log(got);
})();
