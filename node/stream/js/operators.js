'use strict';
// The iterator helpers on Readable.prototype: map (with concurrency), filter, flatMap, drop,
// take (stream returning), and reduce, toArray, forEach, some, every, find (promise returning).
// Node writes the stream-returning ones as async generators; here they are hand-built ones.

const {
  AbortError,
  codes: { ERR_MISSING_ARGS, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateAbortSignal, validateInteger, validateObject, validateFunction } = require('internal/validators');
const { newAbortController, abortSignalAny } = require('internal/streams/abort');
const { makeAsyncGenerator } = require('internal/streams/asyncgen');
const { forAwait, asyncIteratorOf, kBreak } = require('internal/streams/iterate');

const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');

function map(fn, options) {
  validateFunction(fn, 'fn');
  if (options != null) validateObject(options, 'options');
  if (options && options.signal != null) validateAbortSignal(options.signal, 'options.signal');

  let concurrency = 1;
  if (options && options.concurrency != null) concurrency = Math.floor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options && options.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  highWaterMark += concurrency;

  const stream = this;
  const signal = abortSignalAny([options && options.signal].filter(Boolean));
  const queue = [];
  const signalOpt = { signal };
  let next;
  let resume;
  let done = false;
  let cnt = 0;
  let started = false;
  let yieldedHead = false;

  function onCatch() {
    done = true;
    afterItemProcessed();
  }
  function afterItemProcessed() {
    cnt -= 1;
    maybeResume();
  }
  function maybeResume() {
    if (resume && !done && cnt < concurrency && queue.length < highWaterMark) {
      resume();
      resume = null;
    }
  }

  async function pump() {
    try {
      await forAwait(stream, (val) => {
        if (done) return kBreak;
        if (signal.aborted) throw new AbortError();
        try {
          val = fn(val, signalOpt);
          if (val === kEmpty) return;
          val = Promise.resolve(val);
        } catch (err) {
          val = Promise.reject(err);
        }
        cnt += 1;
        val.then(afterItemProcessed, onCatch);
        queue.push(val);
        if (next) {
          next();
          next = null;
        }
        if (!done && (queue.length >= highWaterMark || cnt >= concurrency)) {
          return new Promise((resolve) => { resume = resolve; });
        }
      });
      queue.push(kEof);
    } catch (err) {
      const val = Promise.reject(err);
      val.then(afterItemProcessed, onCatch);
      queue.push(val);
    } finally {
      done = true;
      if (next) {
        next();
        next = null;
      }
    }
  }

  async function step() {
    if (!started) {
      started = true;
      pump();
    }
    if (yieldedHead) {
      // The generator shifts the item it yielded when it is resumed.
      yieldedHead = false;
      queue.shift();
      maybeResume();
    }
    for (;;) {
      while (queue.length > 0) {
        const val = await queue[0];
        if (val === kEof) return { value: undefined, done: true };
        if (signal.aborted) throw new AbortError();
        if (val !== kEmpty) {
          yieldedHead = true;
          return { value: val, done: false };
        }
        queue.shift();
        maybeResume();
      }
      await new Promise((resolve) => { next = resolve; });
    }
  }

  return makeAsyncGenerator(step, () => {
    done = true;
    if (resume) {
      resume();
      resume = null;
    }
  });
}

async function some(fn, options) {
  validateFunction(fn, 'fn');
  const it = filter.call(this, fn, options);
  const r = await it.next();
  if (!r.done) {
    await it.return();
    return true;
  }
  return false;
}

async function every(fn, options) {
  validateFunction(fn, 'fn');
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  const it = filter.call(this, fn, options);
  const r = await it.next();
  if (!r.done) {
    await it.return();
    return r.value;
  }
  return undefined;
}

async function forEach(fn, options) {
  validateFunction(fn, 'fn');
  async function forEachFn(value, options) {
    await fn(value, options);
    return kEmpty;
  }
  const it = map.call(this, forEachFn, options);
  for (;;) {
    const r = await it.next();
    if (r.done) return;
  }
}

function filter(fn, options) {
  validateFunction(fn, 'fn');
  async function filterFn(value, options) {
    if (await fn(value, options)) return value;
    return kEmpty;
  }
  return map.call(this, filterFn, options);
}

class ReduceAwareErrMissingArgs extends ERR_MISSING_ARGS {
  constructor() {
    super('reduce');
    this.message = 'Reduce of an empty stream requires an initial value';
  }
}

async function reduce(reducer, initialValue, options) {
  validateFunction(reducer, 'reducer');
  if (options != null) validateObject(options, 'options');
  if (options && options.signal != null) validateAbortSignal(options.signal, 'options.signal');
  let hasInitialValue = arguments.length > 1;
  if (options && options.signal && options.signal.aborted) {
    const err = new AbortError(undefined, { cause: options.signal.reason });
    this.once('error', () => {});
    await require('internal/streams/end-of-stream').finished(this.destroy(err));
    throw err;
  }
  const ac = newAbortController();
  const signal = ac.signal;
  if (options && options.signal) {
    options.signal.addEventListener('abort', () => ac.abort(), { once: true });
  }
  let gotAnyItemFromStream = false;
  try {
    await forAwait(this, async (value) => {
      gotAnyItemFromStream = true;
      if (options && options.signal && options.signal.aborted) throw new AbortError();
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal });
      }
    });
    if (!gotAnyItemFromStream && !hasInitialValue) throw new ReduceAwareErrMissingArgs();
  } finally {
    ac.abort();
  }
  return initialValue;
}

async function toArray(options) {
  if (options != null) validateObject(options, 'options');
  if (options && options.signal != null) validateAbortSignal(options.signal, 'options.signal');
  const result = [];
  await forAwait(this, (val) => {
    if (options && options.signal && options.signal.aborted) {
      throw new AbortError(undefined, { cause: options.signal.reason });
    }
    result.push(val);
  });
  return result;
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  let inner = null;
  async function step() {
    for (;;) {
      if (inner === null) {
        const r = await values.next();
        if (r.done) return r;
        inner = asyncIteratorOf(r.value);
      }
      const r = await inner.next();
      if (!r.done) return r;
      inner = null;
    }
  }
  return makeAsyncGenerator(step, async () => {
    if (inner !== null && typeof inner.return === 'function') await inner.return();
    await values.return();
  });
}

function toIntegerOrInfinity(number) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  if (number < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', number);
  return number;
}

function sourceIterator(stream) {
  return stream[Symbol.asyncIterator]();
}

function drop(number, options) {
  if (options != null) validateObject(options, 'options');
  if (options && options.signal != null) validateAbortSignal(options.signal, 'options.signal');
  number = toIntegerOrInfinity(number);
  const stream = this;
  let it = null;
  async function step() {
    if (it === null) {
      if (options && options.signal && options.signal.aborted) throw new AbortError();
      it = sourceIterator(stream);
    }
    for (;;) {
      const r = await it.next();
      if (r.done) return r;
      if (options && options.signal && options.signal.aborted) throw new AbortError();
      if (number-- <= 0) return r;
    }
  }
  return makeAsyncGenerator(step, async () => {
    if (it !== null && typeof it.return === 'function') await it.return();
  });
}

function take(number, options) {
  if (options != null) validateObject(options, 'options');
  if (options && options.signal != null) validateAbortSignal(options.signal, 'options.signal');
  number = toIntegerOrInfinity(number);
  const stream = this;
  let it = null;
  let finished = false;
  async function step() {
    if (it === null) {
      if (options && options.signal && options.signal.aborted) throw new AbortError();
      it = sourceIterator(stream);
    }
    if (finished) return { value: undefined, done: true };
    for (;;) {
      const r = await it.next();
      if (r.done) return r;
      if (options && options.signal && options.signal.aborted) throw new AbortError();
      if (number-- > 0) {
        if (number <= 0) finished = true;
        return r;
      }
      return { value: undefined, done: true };
    }
  }
  return makeAsyncGenerator(step, async () => {
    if (it !== null && typeof it.return === 'function') await it.return();
  });
}

module.exports.streamReturningOperators = {
  drop,
  filter,
  flatMap,
  map,
  take,
};

module.exports.promiseReturningOperators = {
  every,
  forEach,
  reduce,
  toArray,
  some,
  find,
};

