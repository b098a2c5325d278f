'use strict';
// `for await` for glue code: goja compiles builtins without esbuild, and has no async
// iteration syntax. forAwait(iterable, body) iterates like `for await (const v of iterable)`,
// closing the iterator (return()) when body throws or asks to stop by returning kBreak.

const kBreak = Symbol('kBreak');

function asyncIteratorOf(iterable) {
  const method = iterable[Symbol.asyncIterator];
  if (typeof method === 'function') return method.call(iterable);
  // A sync iterable: each value is awaited, as CreateAsyncFromSyncIterator does.
  const it = iterable[Symbol.iterator]();
  return {
    next(v) {
      const r = it.next(v);
      return Promise.resolve(r.value).then((value) => ({ value, done: r.done }));
    },
    return(v) {
      if (typeof it.return !== 'function') return Promise.resolve({ value: v, done: true });
      const r = it.return(v);
      return Promise.resolve(r.value).then((value) => ({ value, done: r.done }));
    },
  };
}

async function forAwait(iterable, body) {
  const it = asyncIteratorOf(iterable);
  for (;;) {
    const r = await it.next();
    if (r.done) return;
    let res;
    try {
      res = body(r.value);
      if (res !== null && typeof res === 'object' && typeof res.then === 'function') res = await res;
    } catch (err) {
      if (typeof it.return === 'function') {
        try { await it.return(); } catch { /* the body's error wins */ }
      }
      throw err;
    }
    if (res === kBreak) {
      if (typeof it.return === 'function') await it.return();
      return;
    }
  }
}

module.exports = { forAwait, asyncIteratorOf, kBreak };
