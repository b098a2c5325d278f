// stream/promises pipeline: resolves with the last function's value, { end: false } keeps
// the destination open, and rejects with the first error.
const { pipeline } = require('stream/promises');
const { Readable, PassThrough, Writable } = require('stream');
(async () => {
  const words = await pipeline(Readable.from(['a b', ' c']), async (src) => {
    let t = '';
    for await (const c of src) t += c;
    return t.split(' ');
  });
  console.log('value', words);
  const dst = new PassThrough({ objectMode: true });
  await pipeline(Readable.from([1, 2]), dst, { end: false });
  console.log('still open', dst.writable, dst.readableLength);
  dst.end(3);
  console.log('after end', await dst.toArray());
  const failing = new Writable({ write(c, e, cb) { cb(new Error('sink said no')); } });
  try { await pipeline(Readable.from(['z']), failing); } catch (e) { console.log('first error', e.message); }
})();
