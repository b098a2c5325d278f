'use strict';
// Async generator objects for glue code, which goja compiles without async generator syntax.
// makeAsyncGenerator(step, cleanup) returns what `async function*` would: next/return/throw
// calls are serialized, step() gives { value, done } results, and cleanup() is the generator's
// finally block, run once when the generator completes, throws or is returned early.

function nop() {}

const AsyncGeneratorPrototype = Object.create(Object.prototype, {
  [Symbol.toStringTag]: { value: 'AsyncGenerator', configurable: true },
  [Symbol.asyncIterator]: {
    value: function() { return this; },
    configurable: true,
    writable: true,
  },
});

function makeAsyncGenerator(step, cleanup) {
  let done = false;
  let queue = Promise.resolve();
  function enqueue(fn) {
    const p = queue.then(fn);
    queue = p.then(nop, nop);
    return p;
  }
  async function complete() {
    if (done) return;
    done = true;
    if (cleanup) await cleanup();
  }
  const gen = Object.create(AsyncGeneratorPrototype);
  gen.next = function next() {
    return enqueue(async () => {
      if (done) return { value: undefined, done: true };
      let r;
      try {
        r = await step();
      } catch (err) {
        await complete();
        throw err;
      }
      if (r.done) await complete();
      return r;
    });
  };
  gen.return = function(value) {
    return enqueue(async () => {
      await complete();
      return { value, done: true };
    });
  };
  gen.throw = function(err) {
    return enqueue(async () => {
      await complete();
      throw err;
    });
  };
  return gen;
}

module.exports = { makeAsyncGenerator, AsyncGeneratorPrototype };
