// stream/promises finished() with options: readable only, signal abort, cleanup, and errors
// on already finished streams; finished on legacy emitters.
const { finished } = require('stream/promises');
const { PassThrough, Readable } = require('stream');
const EE = require('events');
(async () => {
  const p = new PassThrough();
  p.end('x');
  p.resume();
  await finished(p, { readable: true, writable: false });
  console.log('readable side done', p.readableEnded);
  const q = new PassThrough();
  const ac = new AbortController();
  setImmediate(() => ac.abort());
  try { await finished(q, { signal: ac.signal }); } catch (e) { console.log('aborted', e.name, q.destroyed); }
  const r = Readable.from(['a']);
  r.resume();
  await finished(r, { cleanup: true });
  console.log('cleanup listeners', r.listenerCount('end'), r.listenerCount('error'), r.listenerCount('close'));
  await finished(r);
  console.log('already finished resolves');
  const legacy = new EE();
  legacy.pipe = () => {};
  legacy.readable = true;
  const done = finished(legacy);
  legacy.emit('end');
  await done;
  console.log('legacy end');
  try { await finished(42); } catch (e) { console.log(e.code); }
})();
