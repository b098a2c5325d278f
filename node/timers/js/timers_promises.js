'use strict';
// node:timers/promises: promise forms of the timers, cancellable with an AbortSignal.

const t = require('internal/timers');

let errorsModule;
function errors() {
  if (errorsModule === undefined) errorsModule = require('internal/errors');
  return errorsModule;
}
let validatorsModule;
function validators() {
  if (validatorsModule === undefined) validatorsModule = require('internal/validators');
  return validatorsModule;
}
let kResistStopPropagation;
function resistStopPropagation() {
  kResistStopPropagation ??= require('internal/event_target').kResistStopPropagation;
  return kResistStopPropagation;
}
const kEmptyObject = Object.freeze({ __proto__: null });

function abortError(signal) {
  return new (errors().AbortError)(undefined, { cause: signal?.reason });
}

function validateOptions(options) {
  const { validateObject, validateAbortSignal, validateBoolean } = validators();
  validateObject(options, 'options');
  if (typeof options?.signal !== 'undefined') validateAbortSignal(options.signal, 'options.signal');
  if (typeof options?.ref !== 'undefined') validateBoolean(options.ref, 'options.ref');
}

function setTimeout(after, value, options = kEmptyObject) {
  try {
    if (typeof after !== 'undefined') validators().validateNumber(after, 'delay');
    validateOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref = true } = options;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  let oncancel;
  const ret = new Promise((resolve, reject) => {
    const timer = t.setTimeout(resolve, after, value);
    if (!ref) timer.unref();
    if (signal) {
      oncancel = () => {
        t.clearTimeout(timer);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', oncancel, { __proto__: null, [resistStopPropagation()]: true });
    }
  });
  return oncancel !== undefined ?
    ret.finally(() => signal.removeEventListener('abort', oncancel)) : ret;
}

function setImmediate(value, options = kEmptyObject) {
  try {
    validateOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref = true } = options;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  let oncancel;
  const ret = new Promise((resolve, reject) => {
    const immediate = t.setImmediate(resolve, value);
    if (!ref) immediate.unref();
    if (signal) {
      oncancel = () => {
        t.clearImmediate(immediate);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', oncancel, { __proto__: null, [resistStopPropagation()]: true });
    }
  });
  return oncancel !== undefined ?
    ret.finally(() => signal.removeEventListener('abort', oncancel)) : ret;
}

// Node's setInterval is an async generator; the engine has none, so this is one written out:
// the options are checked on the first next(), calls queue up, return() and throw() end it.
const AsyncGeneratorLike = {
  [Symbol.asyncIterator]() { return this; },
};

function setInterval(after, value, options = kEmptyObject) {
  let started = false;
  let done = false;
  let signal;
  let interval;
  let onCancel;
  let notYielded = 0;
  let callback;
  let queue = Promise.resolve();

  function cleanup() {
    done = true;
    if (interval !== undefined) t.clearInterval(interval);
    if (onCancel !== undefined) signal?.removeEventListener('abort', onCancel);
  }

  async function step() {
    if (done) return { value: undefined, done: true };
    try {
      if (!started) {
        started = true;
        validateOptions(options);
        signal = options.signal;
        const ref = options.ref ?? true;
        if (signal?.aborted) throw abortError(signal);
        interval = t.setInterval(() => {
          notYielded++;
          if (callback) {
            callback();
            callback = undefined;
          }
        }, after);
        if (!ref) interval.unref();
        if (signal) {
          onCancel = () => {
            t.clearInterval(interval);
            if (callback) {
              callback(Promise.reject(abortError(signal)));
              callback = undefined;
            }
          };
          signal.addEventListener('abort', onCancel, { __proto__: null, once: true, [resistStopPropagation()]: true });
        }
      }
      if (!signal?.aborted && notYielded === 0) {
        await new Promise((resolve) => { callback = resolve; });
      }
      if (signal?.aborted) throw abortError(signal);
      notYielded--;
      return { value, done: false };
    } catch (err) {
      cleanup();
      throw err;
    }
  }

  function enqueue(fn) {
    const p = queue.then(fn);
    queue = p.then(() => {}, () => {});
    return p;
  }

  const iterator = {
    __proto__: AsyncGeneratorLike,
    next() { return enqueue(step); },
    return(v) {
      return enqueue(() => {
        cleanup();
        return { value: v, done: true };
      });
    },
    throw(err) {
      return enqueue(() => {
        cleanup();
        throw err;
      });
    },
  };
  Object.defineProperty(iterator, Symbol.toStringTag, {
    __proto__: null, value: 'AsyncGenerator', configurable: true,
  });
  return iterator;
}

const kScheduler = Symbol('kScheduler');

class Scheduler {
  constructor() {
    throw new (errors().codes.ERR_ILLEGAL_CONSTRUCTOR)();
  }

  yield() {
    if (!this[kScheduler]) throw new (errors().codes.ERR_INVALID_THIS)('Scheduler');
    return setImmediate();
  }

  wait(delay, options) {
    if (!this[kScheduler]) throw new (errors().codes.ERR_INVALID_THIS)('Scheduler');
    return setTimeout(delay, undefined, options);
  }
}

const scheduler = Object.create(Scheduler.prototype, {
  [kScheduler]: { __proto__: null, value: true },
});

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
