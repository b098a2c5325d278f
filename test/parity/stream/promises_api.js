// stream/promises: pipeline resolves / rejects, async generator stages, finished().
const { pipeline, finished } = require('stream/promises');
const { Readable, Writable, PassThrough } = require('stream');
(async () => {
  const out = [];
  await pipeline(
    Readable.from(['a', 'b']),
    async function* (source) { for await (const c of source) yield String(c).toUpperCase(); },
    new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } }),
  );
  console.log('out', out);
  const v = await pipeline(Readable.from(['x', 'y']), async (source) => {
    let s = '';
    for await (const c of source) s += c;
    return s + '!';
  });
  console.log('value', v);
  try {
    await pipeline(Readable.from(['a']), async function* (source) {
      for await (const c of source) throw new Error('stage failed ' + c);
    }, new PassThrough());
  } catch (e) {
    console.log('rejected', e.message);
  }
  const r = Readable.from(['z']);
  r.resume();
  await finished(r);
  console.log('finished', r.readableEnded);
  const w = new Writable({ write(c, e, cb) { cb(new Error('write failed')); } });
  w.on('error', () => {});
  w.write('q');
  try { await finished(w); } catch (e) { console.log('finished rejected', e.message); }
  console.log(typeof require('stream').promises.pipeline, require('stream').promises === require('stream/promises'));
  console.log(require('util').promisify(require('stream').pipeline) === pipeline);
})();
