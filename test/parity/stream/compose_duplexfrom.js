// compose() and Duplex.from() with streams, async generator functions and pairs.
const { compose, Duplex, Readable, Transform, PassThrough, Writable } = require('stream');
const { pipeline } = require('stream/promises');
(async () => {
  const upper = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
  const exclaim = new Transform({ transform(c, e, cb) { cb(null, c + '!'); } });
  const both = compose(upper, exclaim);
  const out = [];
  await pipeline(Readable.from(['a', 'b']), both, new Writable({ write(c, e, cb) { out.push(String(c)); cb(); } }));
  console.log('compose', out);
  const gen = Duplex.from(async function* (source) { for await (const c of source) yield 'g:' + c; });
  const out2 = [];
  await pipeline(Readable.from(['x', 'y']), gen, new Writable({ objectMode: true, write(c, e, cb) { out2.push(c); cb(); } }));
  console.log('Duplex.from fn', out2);
  const d = Duplex.from(Readable.from(['p']));
  console.log('from readable', d.readable, d.writable);
  const arr = [];
  for await (const c of Duplex.from(['i1', 'i2'])) arr.push(c);
  console.log('from iterable', arr);
  const pair = Duplex.from({ readable: Readable.from(['r']), writable: new PassThrough() });
  console.log('pair', pair.readable, pair.writable);
  const pr = [];
  for await (const c of Duplex.from(Promise.resolve('promised'))) pr.push(c);
  console.log('promise', pr);
  try { Duplex.from(42); } catch (e) { console.log(e.code); }
  try { compose(); } catch (e) { console.log(e.code, e.message); }
  const composed = Readable.from(['c1', 'c2']).compose(async function* (s) { for await (const c of s) yield c + '?'; });
  console.log('Readable#compose', await composed.toArray());
})();
