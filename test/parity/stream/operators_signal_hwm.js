// Operators with an AbortSignal (aborted before and during), map highWaterMark, take stopping
// the source early, forEach with concurrency.
const { Readable } = require('stream');
(async () => {
  try { await Readable.from([1, 2]).map((x) => x, { signal: AbortSignal.abort() }).toArray(); } catch (e) { console.log('pre-aborted', e.name); }
  const ac = new AbortController();
  const slow = Readable.from([1, 2, 3, 4]).map(async (x) => { if (x === 2) ac.abort(); return x; }, { signal: ac.signal });
  try { await slow.toArray(); } catch (e) { console.log('aborted during', e.name); }
  let pulled = 0;
  const src = new Readable({ objectMode: true, read() { pulled++; this.push(pulled); } });
  console.log('take', await src.take(3).toArray(), 'source destroyed', src.destroyed);
  const starts = [];
  await Readable.from([1, 2, 3, 4]).forEach(async (x) => { starts.push(x); await new Promise((r) => setImmediate(r)); }, { concurrency: 2 });
  console.log('forEach concurrency', starts);
  try { await Readable.from([1]).toArray({ signal: 'nope' }); } catch (e) { console.log(e.code); }
  console.log(await Readable.from([5, 6, 7]).map((x) => x, { highWaterMark: 0 }).toArray());
  try { Readable.from([1]).map((x) => x, { highWaterMark: -1 }); } catch (e) { console.log(e.code, e.message); }
})();
