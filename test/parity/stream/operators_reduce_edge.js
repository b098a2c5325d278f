// reduce/toArray/some/find edge cases: reducer errors reject and destroy, async reducer,
// find on object values, some stops the source early, operators on a stream with an error.
const { Readable } = require('stream');
(async () => {
  const src = Readable.from([1, 2, 3]);
  try { await src.reduce((a, b) => { if (b === 2) throw new Error('reducer threw'); return a + b; }, 0); } catch (e) { console.log(e.message, src.destroyed); }
  console.log(await Readable.from([1, 2, 3]).reduce(async (a, b) => a * 10 + b, 0));
  console.log(await Readable.from([{ id: 1 }, { id: 2 }]).find((o) => o.id === 2));
  let pulled = 0;
  const s = new Readable({ objectMode: true, read() { pulled++; this.push(pulled); } });
  const found = await s.some((x) => x === 3);
  await new Promise((r) => setImmediate(r));
  console.log(found, 'pulled <= 4:', pulled <= 4, s.destroyed);
  const broken = new Readable({ objectMode: true, read() { this.destroy(new Error('source broke')); } });
  try { await broken.map((x) => x).toArray(); } catch (e) { console.log('map over broken:', e.message); }
})();
