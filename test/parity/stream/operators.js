// Readable operators: map (with concurrency), filter, forEach, toArray, some, find, every,
// flatMap, drop, take, reduce.
const { Readable } = require('stream');
const from = (a) => Readable.from(a);
(async () => {
  console.log(await from([1, 2, 3]).map((x) => x * 2).toArray());
  console.log(await from([1, 2, 3, 4]).filter((x) => x % 2 === 0).toArray());
  const seen = [];
  await from([1, 2, 3]).forEach((x) => { seen.push(x); });
  console.log('forEach', seen);
  console.log(await from([1, 2, 3]).some((x) => x > 2), await from([1, 2, 3]).some((x) => x > 5));
  console.log(await from([1, 2, 3]).find((x) => x > 1), await from([1, 2, 3]).find((x) => x > 5));
  console.log(await from([1, 2, 3]).every((x) => x > 0), await from([1, 2, 3]).every((x) => x > 1));
  console.log(await from([1, 2]).flatMap((x) => [x, x * 10]).toArray());
  console.log(await from([1, 2, 3, 4, 5]).drop(2).toArray(), await from([1, 2, 3, 4, 5]).take(2).toArray());
  console.log(await from([1, 2, 3, 4]).reduce((a, b) => a + b), await from([1, 2, 3]).reduce((a, b) => a + b, 10));
  try { await from([]).reduce((a, b) => a + b); } catch (e) { console.log(e.code, e.message); }
  const order = [];
  const res = await from([30, 10, 20]).map(async (x) => {
    await new Promise((r) => setTimeout(r, x));
    order.push(x);
    return x;
  }, { concurrency: 3 }).toArray();
  console.log('concurrent result', res, 'completion', order);
  try { from([1]).map(5); } catch (e) { console.log(e.code, e.message); }
  try { from([1]).map((x) => x, { concurrency: 0 }); } catch (e) { console.log(e.code, e.message); }
  try { from([1]).drop(-1); } catch (e) { console.log(e.code, e.message); }
  try { await from([1, 2]).map((x) => { if (x === 2) throw new Error('map threw'); return x; }).toArray(); } catch (e) { console.log('caught', e.message); }
  const r = from([1, 2, 3]).map((x) => x);
  console.log(r instanceof Readable, r.readableObjectMode);
})();
