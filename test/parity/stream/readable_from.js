// Readable.from: arrays, generators, async generators, strings and Buffers (not split),
// promises in sync iterables, null values, objectMode default, and errors from the iterator.
const { Readable } = require('stream');
async function collect(r) {
  const out = [];
  for await (const c of r) out.push(typeof c === 'object' ? JSON.stringify(c) : c);
  return out.join('|');
}
(async () => {
  console.log(await collect(Readable.from([1, 2, 3])));
  console.log(await collect(Readable.from('a string')));
  console.log(await collect(Readable.from(Buffer.from('buf'))));
  function* gen() { yield 'g1'; yield 'g2'; }
  console.log(await collect(Readable.from(gen())));
  async function* agen() { yield 'a1'; await null; yield 'a2'; }
  console.log(await collect(Readable.from(agen())));
  console.log(await collect(Readable.from([Promise.resolve('p1'), 'v2'])));
  const r = Readable.from([1]);
  console.log(r.readableObjectMode, r.readableHighWaterMark);
  const r2 = Readable.from(['x'], { objectMode: false });
  console.log(r2.readableObjectMode, r2.readableHighWaterMark);
  try { Readable.from(5); } catch (e) { console.log(e.code, e.message); }
  try { await collect(Readable.from([1, null, 2])); } catch (e) { console.log(e.code, e.message); }
  function* bad() { yield 1; throw new Error('gen broke'); }
  try { await collect(Readable.from(bad())); } catch (e) { console.log('caught', e.message); }
  let finallyRan = false;
  function* fin() { try { yield 1; yield 2; } finally { finallyRan = true; } }
  for await (const v of Readable.from(fin())) { break; }
  console.log('finally', finallyRan);
})();
