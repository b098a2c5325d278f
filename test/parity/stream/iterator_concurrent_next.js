// Calling next() several times without awaiting: results come in order, as from an async
// generator; return() while a next() is pending.
const { Readable } = require('stream');
(async () => {
  const r = new Readable({ objectMode: true, read() {} });
  const it = r[Symbol.asyncIterator]();
  const p1 = it.next();
  const p2 = it.next();
  const p3 = it.next();
  setImmediate(() => { r.push('a'); r.push('b'); r.push(null); });
  console.log(await p1, await p2, await p3, await it.next());
  const r2 = Readable.from([1, 2, 3]);
  const it2 = r2[Symbol.asyncIterator]();
  const n1 = it2.next();
  const ret = it2.return();
  console.log(await n1, await ret, await it2.next(), r2.destroyed);
})();
