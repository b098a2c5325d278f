// Async iteration edge cases: error after some chunks, return() on the iterator, throw
// inside the loop destroys the stream with that error, iterating an ended stream, objectMode
// values, and a stream errored before iteration.
const { Readable, PassThrough } = require('stream');
(async () => {
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1); r.push(2);
  setImmediate(() => r.destroy(new Error('mid-stream')));
  const got = [];
  try { for await (const v of r) got.push(v); } catch (e) { console.log('got', got, 'then', e.message); }
  const p = new PassThrough({ objectMode: true });
  p.write('a'); p.write('b');
  p.on('close', () => console.log('p closed, errored:', p.errored && p.errored.message));
  try { for await (const v of p) { throw new Error('loop threw ' + v); } } catch (e) { console.log('caught', e.message); }
  const ended = Readable.from([]);
  for await (const v of ended) console.log('never', v);
  console.log('empty done', ended.destroyed);
  const bad = new Readable({ read() {} });
  bad.destroy(new Error('already broken'));
  try { for await (const v of bad) console.log(v); } catch (e) { console.log('pre-errored', e.message); }
  const it = Readable.from(['x', 'y'])[Symbol.asyncIterator]();
  console.log(await it.next(), await it.return('bye'), await it.next());
  console.log(typeof it.stream, it.stream instanceof Readable);
})();
