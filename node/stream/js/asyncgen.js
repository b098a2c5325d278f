'use strict';
// Async generator objects for glue code, which goja compiles without async generator syntax.
// makeAsyncGenerator(step, cleanup) returns what `async function*` would: next/return/throw
// calls are serialized, step() gives { value, done } results, and cleanup() is the generator's
// finally block, run once when the generator completes, throws or is returned early.

function nop() {}

// %AsyncIteratorPrototype%, %AsyncGeneratorPrototype% and %AsyncGeneratorFunction.prototype%,
// which the engine lacks: the objects glue code makes inherit them, and so do the empty
// anonymous async generators that libraries write only to reach them (asAsyncGeneratorFunction).
const AsyncIteratorPrototype = Object.create(Object.prototype, {
  [Symbol.asyncIterator]: {
    value: { [Symbol.asyncIterator]() { return this; } }[Symbol.asyncIterator],
    configurable: true,
    writable: true,
  },
});
const AsyncGeneratorPrototype = Object.create(AsyncIteratorPrototype, {
  [Symbol.toStringTag]: { value: 'AsyncGenerator', configurable: true },
});
const AsyncGeneratorFunctionPrototype = Object.create(Function.prototype, {
  prototype: { value: AsyncGeneratorPrototype, configurable: true },
  [Symbol.toStringTag]: { value: 'AsyncGeneratorFunction', configurable: true },
});
Object.defineProperty(AsyncGeneratorPrototype, 'constructor', {
  value: AsyncGeneratorFunctionPrototype, configurable: true,
});

// asAsyncGeneratorFunction gives fn, an `async function* () {}` as esbuild lowers it (a plain
// function calling its __asyncGenerator helper), the prototypes of a real one. The loader calls
// it for empty anonymous ones only (loader/transform.go): libraries make those just to read
// Object.getPrototypeOf(fn).prototype and what lies above.
function asAsyncGeneratorFunction(fn) {
  Object.setPrototypeOf(fn, AsyncGeneratorFunctionPrototype);
  Object.defineProperty(fn, 'prototype', { value: Object.create(AsyncGeneratorPrototype) });
  return fn;
}

// Runs generator requests one at a time, like an async generator's request queue: a request
// made while the generator is idle starts synchronously, as the generator body would.
function makeQueue() {
  let running = false;
  const pending = [];
  function start(fn) {
    running = true;
    let p;
    try {
      p = Promise.resolve(fn());
    } catch (err) {
      p = Promise.reject(err);
    }
    p.then(next, next);
    return p;
  }
  function next() {
    running = false;
    if (pending.length > 0) {
      const req = pending.shift();
      start(req.fn).then(req.resolve, req.reject);
    }
  }
  return function enqueue(fn) {
    if (!running) return start(fn);
    return new Promise((resolve, reject) => { pending.push({ fn, resolve, reject }); });
  };
}

function makeAsyncGenerator(step, cleanup) {
  let done = false;
  const enqueue = makeQueue();
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
      if (r.done) {
        await complete();
        return r;
      }
      // An async generator's yield awaits the value before the caller sees it.
      return { value: await r.value, done: false };
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

module.exports = {
  makeAsyncGenerator, makeQueue, AsyncIteratorPrototype, AsyncGeneratorPrototype, asAsyncGeneratorFunction,
};
