'use strict';
// node:async_hooks. Context follows Node 24's AsyncContextFrame design: the stores of every
// AsyncLocalStorage live in one immutable Map, the current frame, which the runtime captures
// wherever a callback is scheduled (timers, immediates, nextTick, promise reactions, I/O) and
// restores around the callback (host.AsyncFrame in Go). A store change makes a new frame.
//
// Async ids and hooks cover AsyncResource only: the runtime's own timers, ticks and I/O
// requests carry no async id (that would cost on every callback), so createHook's callbacks
// fire for AsyncResource objects (init, before/after around runInAsyncScope, destroy on
// emitDestroy), and executionAsyncId() is the innermost AsyncResource scope's id, or 1.

const { getFrame, setFrame } = internalBinding('async_hooks');
const { codes } = require('internal/errors');
const { validateFunction, validateString, validateObject } = require('internal/validators');

// A new frame copies the current one.
class AsyncContextFrame extends Map {}

function frameWith(store, value) {
  const current = getFrame();
  const frame = current === undefined ? new AsyncContextFrame() : new AsyncContextFrame(current);
  frame.set(store, value);
  return frame;
}

// --- execution ids (AsyncResource scopes only) ---

const kAsyncId = Symbol('async_id_symbol');
const kTriggerAsyncId = Symbol('trigger_async_id_symbol');
const kContextFrame = Symbol('context_frame');
const topResource = {};
let nextAsyncId = 1;
let currentId = 1;
let currentTriggerId = 0;
let currentResource = topResource;

// --- createHook ---

const kInit = Symbol('init');
const kBefore = Symbol('before');
const kAfter = Symbol('after');
const kDestroy = Symbol('destroy');
const kPromiseResolve = Symbol('promiseResolve');
const kNoPromiseHook = Symbol('kNoPromiseHook');
const activeHooks = [];

function emitHook(key, ...args) {
  if (activeHooks.length === 0) return;
  for (const hook of activeHooks.slice()) {
    const fn = hook[key];
    if (typeof fn === 'function') Reflect.apply(fn, hook, args);
  }
}

class AsyncHook {
  constructor({ init, before, after, destroy, promiseResolve }) {
    if (init !== undefined && typeof init !== 'function') throw new codes.ERR_ASYNC_CALLBACK('hook.init');
    if (before !== undefined && typeof before !== 'function') throw new codes.ERR_ASYNC_CALLBACK('hook.before');
    if (after !== undefined && typeof after !== 'function') throw new codes.ERR_ASYNC_CALLBACK('hook.after');
    if (destroy !== undefined && typeof destroy !== 'function') throw new codes.ERR_ASYNC_CALLBACK('hook.destroy');
    if (promiseResolve !== undefined && typeof promiseResolve !== 'function') {
      throw new codes.ERR_ASYNC_CALLBACK('hook.promiseResolve');
    }
    this[kInit] = init;
    this[kBefore] = before;
    this[kAfter] = after;
    this[kDestroy] = destroy;
    this[kPromiseResolve] = promiseResolve;
    this[kNoPromiseHook] = false;
  }

  enable() {
    if (!activeHooks.includes(this)) activeHooks.push(this);
    return this;
  }

  disable() {
    const i = activeHooks.indexOf(this);
    if (i !== -1) activeHooks.splice(i, 1);
    return this;
  }
}

function createHook(fns) {
  return new AsyncHook(fns);
}

// --- AsyncResource ---

class AsyncResource {
  constructor(type, opts = {}) {
    validateString(type, 'type');
    let triggerAsyncId = opts;
    let requireManualDestroy = false;
    if (typeof opts !== 'number') {
      triggerAsyncId = opts.triggerAsyncId === undefined ? currentId : opts.triggerAsyncId;
      requireManualDestroy = !!opts.requireManualDestroy;
    }
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      throw new codes.ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerAsyncId);
    }
    this[kContextFrame] = getFrame();
    const asyncId = ++nextAsyncId;
    this[kAsyncId] = asyncId;
    this[kTriggerAsyncId] = triggerAsyncId;
    if (activeHooks.length !== 0) {
      if (type.length === 0) throw new codes.ERR_ASYNC_TYPE(type);
      emitHook(kInit, asyncId, type, triggerAsyncId, this);
    }
    void requireManualDestroy; // no garbage-collection tracking: destroy fires on emitDestroy()
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const asyncId = this[kAsyncId];
    const priorFrame = getFrame();
    const priorId = currentId;
    const priorTrigger = currentTriggerId;
    const priorResource = currentResource;
    setFrame(this[kContextFrame]);
    currentId = asyncId;
    currentTriggerId = this[kTriggerAsyncId];
    currentResource = this;
    emitHook(kBefore, asyncId);
    try {
      const ret = Reflect.apply(fn, thisArg, args);
      emitHook(kAfter, asyncId);
      return ret;
    } finally {
      currentId = priorId;
      currentTriggerId = priorTrigger;
      currentResource = priorResource;
      setFrame(priorFrame);
    }
  }

  emitDestroy() {
    const asyncId = this[kAsyncId];
    if (activeHooks.length !== 0) {
      // Node emits destroy hooks asynchronously, after the current callback
      setImmediate(() => emitHook(kDestroy, asyncId)).unref();
    }
    return this;
  }

  asyncId() {
    return this[kAsyncId];
  }

  triggerAsyncId() {
    return this[kTriggerAsyncId];
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    let bound;
    if (thisArg === undefined) {
      const resource = this;
      bound = function(...args) {
        args.unshift(fn, this);
        return Reflect.apply(resource.runInAsyncScope, resource, args);
      };
    } else {
      bound = this.runInAsyncScope.bind(this, fn, thisArg);
    }
    let self = this;
    Object.defineProperties(bound, {
      'length': { __proto__: null, configurable: true, enumerable: false, value: fn.length, writable: false },
      'asyncResource': {
        __proto__: null,
        configurable: true,
        enumerable: true,
        get() {
          process.emitWarning('The asyncResource property on bound functions is deprecated',
                              'DeprecationWarning', 'DEP0172');
          return self;
        },
        set(val) { self = val; },
      },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return (new AsyncResource(type)).bind(fn, thisArg);
  }
}

// --- AsyncLocalStorage ---

class RunScope {
  #storage;
  #previousStore;
  #disposed = false;

  constructor(storage, store) {
    this.#storage = storage;
    this.#previousStore = storage.getStore();
    storage.enterWith(store);
  }

  dispose() {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#storage.enterWith(this.#previousStore);
  }

  [Symbol.dispose]() {
    this.dispose();
  }
}

class AsyncLocalStorage {
  #defaultValue = undefined;
  #name = undefined;

  constructor(options = {}) {
    validateObject(options, 'options');
    this.#defaultValue = options.defaultValue;
    if (options.name !== undefined) this.#name = `${options.name}`;
  }

  get name() { return this.#name || ''; }

  static bind(fn) {
    validateFunction(fn, 'fn');
    return AsyncLocalStorage.snapshot().bind(undefined, fn);
  }

  static snapshot() {
    const frame = getFrame();
    return function bound(fn, ...args) {
      const prior = getFrame();
      setFrame(frame);
      try {
        return Reflect.apply(fn, this, args);
      } finally {
        setFrame(prior);
      }
    };
  }

  // Drops this store from the current frame in place, as Node's frame does.
  disable() {
    const frame = getFrame();
    if (frame !== undefined) frame.delete(this);
  }

  getStore() {
    const frame = getFrame();
    if (frame === undefined || !frame.has(this)) return this.#defaultValue;
    return frame.get(this);
  }

  enterWith(data) {
    setFrame(frameWith(this, data));
  }

  run(data, fn, ...args) {
    const prior = this.getStore();
    if (Object.is(prior, data)) return Reflect.apply(fn, null, args);
    this.enterWith(data);
    try {
      return Reflect.apply(fn, null, args);
    } finally {
      this.enterWith(prior);
    }
  }

  exit(fn, ...args) {
    return this.run(undefined, fn, ...args);
  }

  withScope(store) {
    return new RunScope(this, store);
  }
}

function executionAsyncId() { return currentId; }
function triggerAsyncId() { return currentTriggerId; }
function executionAsyncResource() { return currentResource; }

const asyncWrapProviders = Object.freeze({
  __proto__: null,
  NONE: 0, DIRHANDLE: 1, DNSCHANNEL: 2, ELDHISTOGRAM: 3, FILEHANDLE: 4, FILEHANDLECLOSEREQ: 5,
  BLOBREADER: 6, FSEVENTWRAP: 7, FSREQCALLBACK: 8, FSREQPROMISE: 9, GETADDRINFOREQWRAP: 10,
  GETNAMEINFOREQWRAP: 11, HEAPSNAPSHOT: 12, HTTP2SESSION: 13, HTTP2STREAM: 14, HTTP2PING: 15,
  HTTP2SETTINGS: 16, HTTPINCOMINGMESSAGE: 17, HTTPCLIENTREQUEST: 18, LOCKS: 19, JSSTREAM: 20,
  JSUDPWRAP: 21, MESSAGEPORT: 22, PIPECONNECTWRAP: 23, PIPESERVERWRAP: 24, PIPEWRAP: 25,
  PROCESSWRAP: 26, PROMISE: 27, QUERYWRAP: 28, QUIC_ENDPOINT: 29, QUIC_LOGSTREAM: 30,
  QUIC_SESSION: 31, QUIC_STREAM: 32, QUIC_UDP: 33, SHUTDOWNWRAP: 34, SIGNALWRAP: 35,
  STATWATCHER: 36, STREAMPIPE: 37, TCPCONNECTWRAP: 38, TCPSERVERWRAP: 39, TCPWRAP: 40,
  TTYWRAP: 41, UDPSENDWRAP: 42, UDPWRAP: 43, SIGINTWATCHDOG: 44, WORKER: 45,
  WORKERCPUPROFILE: 46, WORKERCPUUSAGE: 47, WORKERHEAPPROFILE: 48, WORKERHEAPSNAPSHOT: 49,
  WORKERHEAPSTATISTICS: 50, WRITEWRAP: 51, ZLIB: 52, CHECKPRIMEREQUEST: 53, PBKDF2REQUEST: 54,
  KEYPAIRGENREQUEST: 55, KEYGENREQUEST: 56, KEYEXPORTREQUEST: 57, ARGON2REQUEST: 58,
  CIPHERREQUEST: 59, DERIVEBITSREQUEST: 60, HASHREQUEST: 61, RANDOMBYTESREQUEST: 62,
  RANDOMPRIMEREQUEST: 63, SCRYPTREQUEST: 64, SIGNREQUEST: 65, TLSWRAP: 66, VERIFYREQUEST: 67,
});

module.exports = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  asyncWrapProviders,
  AsyncResource,
};
