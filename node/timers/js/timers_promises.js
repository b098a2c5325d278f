'use strict';
// node:timers/promises
const t = require('internal/timers');

function lazyErrors() { return require('internal/errors'); }

function validateOptions(options) {
  if (options === null || typeof options !== 'object') {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('options', 'Object', options);
  }
  const { signal, ref = true } = options;
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('options.signal', 'AbortSignal', signal);
  }
  if (typeof ref !== 'boolean') {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('options.ref', 'boolean', ref);
  }
  return { signal, ref };
}

function abortError(signal) {
  return new (lazyErrors().AbortError)(undefined, { cause: signal.reason });
}

function setTimeout(after, value, options = {}) {
  let opts;
  try {
    opts = validateOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref } = opts;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const timer = t.setTimeout(() => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(value);
    }, after);
    if (!ref) timer.unref();
    function onAbort() {
      t.clearTimeout(timer);
      reject(abortError(signal));
    }
    if (signal) signal.addEventListener('abort', onAbort, { once: true });
  });
}

function setImmediate(value, options = {}) {
  let opts;
  try {
    opts = validateOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref } = opts;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const imm = t.setImmediate(() => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
    if (!ref) imm.unref();
    function onAbort() {
      t.clearImmediate(imm);
      reject(abortError(signal));
    }
    if (signal) signal.addEventListener('abort', onAbort, { once: true });
  });
}

function setInterval(after, value, options = {}) {
  const { signal, ref } = validateOptions(options);
  let pending = 0;
  let waiter = null;
  let done = false;
  const timer = t.setInterval(() => {
    pending++;
    if (waiter) { const w = waiter; waiter = null; w(); }
  }, after);
  if (!ref) timer.unref();
  let abortReason;
  const onAbort = () => {
    abortReason = abortError(signal);
    t.clearInterval(timer);
    if (waiter) { const w = waiter; waiter = null; w(); }
  };
  if (signal) {
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  }
  return {
    [Symbol.asyncIterator]() { return this; },
    next() {
      return new Promise((resolve, reject) => {
        const step = () => {
          if (abortReason) { done = true; reject(abortReason); return; }
          if (done) { resolve({ value: undefined, done: true }); return; }
          if (pending > 0) { pending--; resolve({ value, done: false }); return; }
          waiter = step;
        };
        step();
      });
    },
    return() {
      done = true;
      t.clearInterval(timer);
      if (signal) signal.removeEventListener('abort', onAbort);
      return Promise.resolve({ value: undefined, done: true });
    },
  };
}

const scheduler = {
  wait(delay, options) { return setTimeout(delay, undefined, options); },
  yield() { return setImmediate(); },
};

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
