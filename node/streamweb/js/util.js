'use strict';
// Shared pieces of the WHATWG streams: promise helpers, the queue-with-sizes, dictionary
// conversion of strategies and the inspect view. Served as internal/webstreams/util.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
  },
} = require('internal/errors');

const kState = Symbol('kState');
const kType = Symbol('kType');
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kEmptyObject = Object.freeze({ __proto__: null });

const PromiseResolve = Promise.resolve.bind(Promise);
const PromiseReject = Promise.reject.bind(Promise);
const promiseThen = Promise.prototype.then;
// User code may patch Function.prototype.call; the streams call through the original.
const FunctionPrototypeCall = Function.prototype.call.bind(Function.prototype.call);

const kResolvedPromise = PromiseResolve();

function noop() {}

// A deferred promise: the resolvers live on the object so no closure outlives the executor.
function createDeferredPromise() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function setPromiseHandled(promise) {
  FunctionPrototypeCall(promiseThen, promise, undefined, noop);
}

// Reacts to a promise without going through a patched Promise.prototype.then.
function uponPromise(promise, onFulfilled, onRejected) {
  return FunctionPrototypeCall(promiseThen, promise, onFulfilled, onRejected);
}

// Calls an underlying source/sink method the way WebIDL calls a callback returning a promise:
// a throw becomes a rejection.
function callPromise(fn, thisArg, arg) {
  if (fn === undefined) return kResolvedPromise;
  try {
    const result = FunctionPrototypeCall(fn, thisArg, arg);
    // A resolved promise is a resolved promise: sync methods share one.
    return result === undefined ? kResolvedPromise : PromiseResolve(result);
  } catch (error) {
    return PromiseReject(error);
  }
}

function callPromise0(fn, thisArg) {
  if (fn === undefined) return kResolvedPromise;
  try {
    return PromiseResolve(FunctionPrototypeCall(fn, thisArg));
  } catch (error) {
    return PromiseReject(error);
  }
}

function callPromise2(fn, thisArg, arg1, arg2) {
  if (fn === undefined) return kResolvedPromise;
  try {
    const result = FunctionPrototypeCall(fn, thisArg, arg1, arg2);
    return result === undefined ? kResolvedPromise : PromiseResolve(result);
  } catch (error) {
    return PromiseReject(error);
  }
}

// A deferred promise made only when someone asks for it: streams settle many ready and
// backpressure promises nobody observes, and each would cost a Promise and two resolving
// functions. Every use in the streams marks a rejection handled, so a rejection is handled here.
class LazyDeferred {
  constructor() {
    this.settled = false;
    this.rejected = false;
    this.value = undefined;
    this.p = undefined;
    this.res = undefined;
    this.rej = undefined;
  }

  get promise() {
    if (this.p === undefined) {
      if (!this.settled) {
        this.p = new Promise((res, rej) => {
          this.res = res;
          this.rej = rej;
        });
      } else if (this.rejected) {
        this.p = PromiseReject(this.value);
        setPromiseHandled(this.p);
      } else {
        this.p = PromiseResolve(this.value);
      }
    }
    return this.p;
  }

  resolve(value) {
    if (this.settled) return;
    this.settled = true;
    this.value = value;
    if (this.res !== undefined) this.res(value);
  }

  reject(reason) {
    if (this.settled) return;
    this.settled = true;
    this.rejected = true;
    this.value = reason;
    if (this.rej !== undefined) {
      this.rej(reason);
      setPromiseHandled(this.p);
    }
  }
}

function resolvedLazy(value) {
  const d = new LazyDeferred();
  d.resolve(value);
  return d;
}

function rejectedLazy(reason) {
  const d = new LazyDeferred();
  d.reject(reason);
  return d;
}

// A FIFO with an advancing head: Array.prototype.shift is linear in an interpreter.
class Queue {
  constructor() {
    this.items = [];
    this.head = 0;
  }

  get length() { return this.items.length - this.head; }

  push(item) { this.items.push(item); }

  peek() { return this.items[this.head]; }

  shift() {
    const items = this.items;
    const item = items[this.head];
    items[this.head++] = undefined;
    if (this.head === items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > items.length) {
      this.items = items.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  clear() {
    this.items = [];
    this.head = 0;
  }

  // Takes every item out (for loops that run steps which may push again).
  drain() {
    const out = this.head === 0 ? this.items : this.items.slice(this.head);
    this.items = [];
    this.head = 0;
    return out;
  }
}

// The queue-with-sizes of the spec, kept in two parallel queues: values and their sizes.
function resetQueue(c) {
  c.queue = new Queue();
  c.sizes = new Queue();
  c.queueTotalSize = 0;
}

function enqueueValueWithSize(c, value, size) {
  if (typeof size !== 'number') size = +size;
  if (size !== size || size < 0 || size === Infinity) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
  c.queue.push(value);
  c.sizes.push(size);
  c.queueTotalSize += size;
}

function dequeueValue(c) {
  const value = c.queue.shift();
  c.queueTotalSize -= c.sizes.shift();
  if (c.queueTotalSize < 0) c.queueTotalSize = 0;
  return value;
}

function extractHighWaterMark(strategy, defaultHWM) {
  const { highWaterMark } = strategy;
  if (highWaterMark === undefined) return defaultHWM;
  const hwm = +highWaterMark;
  if (hwm !== hwm || hwm < 0) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', highWaterMark);
  }
  return hwm;
}

function extractSizeAlgorithm(strategy) {
  const { size } = strategy;
  if (size === undefined) return undefined;
  if (typeof size !== 'function') throw new ERR_INVALID_ARG_TYPE('strategy.size', 'Function', size);
  return size;
}

// WebIDL dictionary conversion: undefined and null are an empty dictionary, other
// non-objects are a TypeError.
function toDictionary(value, name) {
  if (value === undefined || value === null) return kEmptyObject;
  if (typeof value !== 'object' && typeof value !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
  return value;
}

// Reads a member of a dictionary the runtime made itself, without walking Object.prototype.
function ownMember(dict, key) {
  return Object.prototype.hasOwnProperty.call(dict, key) ? dict[key] : undefined;
}

function getCallback(dict, key, name) {
  const fn = dict[key];
  if (fn === undefined) return undefined;
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE(`${name}.${key}`, 'Function', fn);
  return fn;
}

let inspectFn;
function customInspect(depth, options, name, data) {
  if (depth < 0) return this;
  inspectFn ??= require('internal/util/inspect').inspect;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspectFn(data, opts)}`;
}

function invalidState(message) {
  return new ERR_INVALID_STATE.TypeError(message);
}

// WebIDL: operations, attributes and the class itself are enumerable/typed as the spec says.
function defineWebIDL(ctor, name, members) {
  const proto = ctor.prototype;
  for (const key of members) {
    const desc = Object.getOwnPropertyDescriptor(proto, key);
    desc.enumerable = true;
    Object.defineProperty(proto, key, desc);
  }
  if (name === undefined) return;
  Object.defineProperty(proto, Symbol.toStringTag, {
    __proto__: null, value: name, writable: false, enumerable: false, configurable: true,
  });
}

function isDetached(buffer) {
  return buffer.detached === true;
}

function transferArrayBuffer(buffer) {
  if (isDetached(buffer)) throw invalidState('ArrayBuffer is detached');
  return buffer.transfer();
}

function canTransferArrayBuffer(buffer) {
  return !isDetached(buffer);
}

module.exports = {
  kState,
  kType,
  kEmptyObject,
  customInspectSymbol,
  PromiseResolve,
  PromiseReject,
  noop,
  createDeferredPromise,
  setPromiseHandled,
  uponPromise,
  callPromise,
  callPromise0,
  callPromise2,
  FunctionPrototypeCall,
  Queue,
  LazyDeferred,
  resolvedLazy,
  rejectedLazy,
  kResolvedPromise,
  resetQueue,
  enqueueValueWithSize,
  dequeueValue,
  extractHighWaterMark,
  extractSizeAlgorithm,
  toDictionary,
  getCallback,
  ownMember,
  customInspect,
  invalidState,
  defineWebIDL,
  isDetached,
  transferArrayBuffer,
  canTransferArrayBuffer,
};
