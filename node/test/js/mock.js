'use strict';
// internal/test_runner/mock: mock.fn / method / getter / setter and mock.timers.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE } } = require('internal/errors');
const { validateFunction, validateObject, validateInteger, validateNumber } = require('internal/validators');

function kDefaultFunction() {}

function hide(obj, fields) {
  for (const k of Object.keys(fields)) {
    Object.defineProperty(obj, k, { __proto__: null, value: fields[k], writable: true, configurable: true, enumerable: false });
  }
}

class MockFunctionContext {
  constructor(implementation, restore, times) {
    // Hidden, as Node's private fields are: util.inspect shows MockFunctionContext {}.
    hide(this, { _calls: [], _mocks: new Map(), _implementation: implementation, _restore: restore, _times: times });
  }

  get calls() { return this._calls.slice(); }
  callCount() { return this._calls.length; }

  mockImplementation(implementation) {
    validateFunction(implementation, 'implementation');
    this._implementation = implementation;
  }

  mockImplementationOnce(implementation, onCall) {
    validateFunction(implementation, 'implementation');
    const nextCall = this._calls.length;
    const call = onCall ?? nextCall;
    validateInteger(call, 'onCall', nextCall);
    this._mocks.set(call, implementation);
  }

  restore() {
    const { descriptor, object, original, methodName } = this._restore;
    if (typeof methodName === 'string' || typeof methodName === 'symbol') {
      Object.defineProperty(object, methodName, descriptor);
    } else {
      this._implementation = original;
    }
  }

  resetCalls() { this._calls = []; }

  trackCall(call) { this._calls.push(call); }

  nextImpl() {
    const n = this._calls.length;
    const once = this._mocks.get(n);
    const impl = once ?? this._implementation;
    if (once) this._mocks.delete(n);
    if (this._times !== undefined && n + 1 >= this._times && !once) {
      // after `times` calls the original runs again
    }
    return impl;
  }
}

class MockTracker {
  constructor() {
    hide(this, { _mocks: [], _timers: undefined });
  }

  get timers() {
    return this._timers ??= new MockTimers();
  }

  fn(original = function() {}, implementation = original, options = {}) {
    if (original !== null && typeof original === 'object') {
      options = original;
      original = function() {};
      implementation = original;
    } else if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = original;
    }
    validateFunction(original, 'original');
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const { times = Infinity } = options;
    validateTimes(times, 'options.times');
    const ctx = new MockFunctionContext(implementation, { __proto__: null, original }, times);
    return this._setupMock(ctx, original, times);
  }

  method(objectOrFunction, methodName, implementation = kDefaultFunction, options = {}) {
    if (typeof objectOrFunction !== 'function' && (objectOrFunction === null || typeof objectOrFunction !== 'object')) {
      throw new ERR_INVALID_ARG_TYPE('object', 'object', objectOrFunction);
    }
    if (typeof methodName !== 'string' && typeof methodName !== 'symbol') {
      throw new ERR_INVALID_ARG_TYPE('methodName', ['string', 'symbol'], methodName);
    }
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = kDefaultFunction;
    }
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const { getter = false, setter = false, times = Infinity } = options;
    if (typeof getter !== 'boolean') throw new ERR_INVALID_ARG_TYPE('options.getter', 'boolean', getter);
    if (typeof setter !== 'boolean') throw new ERR_INVALID_ARG_TYPE('options.setter', 'boolean', setter);
    validateTimes(times, 'options.times');
    if (setter && getter) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', setter, "cannot be used with 'options.getter'");
    }
    const descriptor = findMethodOnPrototypeChain(objectOrFunction, methodName);
    let original;
    if (getter) original = descriptor?.get;
    else if (setter) original = descriptor?.set;
    else original = descriptor?.value;
    if (typeof original !== 'function') {
      throw new ERR_INVALID_ARG_VALUE('methodName', original, 'must be a method');
    }
    const restore = { __proto__: null, descriptor, object: objectOrFunction, methodName };
    const impl = implementation === kDefaultFunction ? original : implementation;
    const ctx = new MockFunctionContext(impl, restore, times);
    const mock = this._setupMock(ctx, original, times);
    const mockDescriptor = { __proto__: null, configurable: descriptor.configurable, enumerable: descriptor.enumerable };
    if (getter) {
      mockDescriptor.get = mock;
      mockDescriptor.set = descriptor.set;
    } else if (setter) {
      mockDescriptor.get = descriptor.get;
      mockDescriptor.set = mock;
    } else {
      mockDescriptor.writable = descriptor.writable;
      mockDescriptor.value = mock;
    }
    Object.defineProperty(objectOrFunction, methodName, mockDescriptor);
    return mock;
  }

  getter(object, methodName, implementation = kDefaultFunction, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = kDefaultFunction;
    } else {
      validateObject(options, 'options');
    }
    if (options.getter === false) {
      throw new ERR_INVALID_ARG_VALUE('options.getter', false, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { __proto__: null, ...options, getter: true });
  }

  setter(object, methodName, implementation = kDefaultFunction, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = kDefaultFunction;
    } else {
      validateObject(options, 'options');
    }
    if (options.setter === false) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', false, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { __proto__: null, ...options, setter: true });
  }

  module() {
    throw new ERR_INVALID_STATE('module mocking is not supported by gnode');
  }

  reset() {
    this.restoreAll();
    this._timers?.reset();
    this._mocks = [];
  }

  restoreAll() {
    for (const ctx of this._mocks) ctx.restore();
  }

  _setupMock(ctx, fnToMatch, times) {
    const mock = new Proxy(fnToMatch, {
      __proto__: null,
      apply(fn, thisArg, argList) {
        // the engine may reuse the array it passes; the record keeps its own copy
        argList = Array.prototype.slice.call(argList);
        const impl = pickImpl(ctx, fnToMatch, times);
        let error;
        let result;
        try {
          result = Reflect.apply(impl, thisArg, argList);
        } catch (err) {
          error = err;
          throw err;
        } finally {
          ctx.trackCall({ __proto__: null, arguments: argList, error, result, stack: new Error(), target: undefined, this: thisArg });
        }
        return result;
      },
      construct(target, argList, newTarget) {
        argList = Array.prototype.slice.call(argList);
        const impl = pickImpl(ctx, fnToMatch, times);
        let error;
        let result;
        try {
          result = Reflect.construct(impl, argList, newTarget);
        } catch (err) {
          error = err;
          throw err;
        } finally {
          ctx.trackCall({ __proto__: null, arguments: argList, error, result, stack: new Error(), target: newTarget, this: result });
        }
        return result;
      },
      get(target, property, receiver) {
        if (property === 'mock') return ctx;
        return Reflect.get(target, property, receiver);
      },
    });
    this._mocks.push(ctx);
    return mock;
  }
}

function pickImpl(ctx, original, times) {
  const n = ctx._calls.length;
  const once = ctx._mocks.get(n);
  if (once) {
    ctx._mocks.delete(n);
    return once;
  }
  if (n >= times) return ctx._restore.original ?? original;
  return ctx._implementation;
}

function validateTimes(value, name) {
  if (value === Infinity) return;
  validateInteger(value, name, 1);
}

function findMethodOnPrototypeChain(instance, methodName) {
  let host = instance;
  let descriptor;
  while (host !== null) {
    descriptor = Object.getOwnPropertyDescriptor(host, methodName);
    if (descriptor) break;
    host = Object.getPrototypeOf(host);
  }
  return descriptor;
}

// ---------------------------------------------------------------------------------------------
// mock.timers: a clock of its own for setTimeout, setInterval, setImmediate and Date.

const kSupportedApis = ['setTimeout', 'setInterval', 'setImmediate', 'Date', 'scheduler.wait'];

class MockTimers {
  constructor() {
    hide(this, { _enabled: false, _now: 0, _queue: [], _idCounter: 0, _originals: null, _apis: undefined });
  }

  _assertEnabled() {
    if (!this._enabled) {
      throw new ERR_INVALID_STATE('You should enable MockTimers first by calling the .enable function');
    }
  }

  enable(options = { __proto__: null, apis: kSupportedApis, now: 0 }) {
    if (this._enabled) throw new ERR_INVALID_STATE('MockTimers is already enabled!');
    validateObject(options, 'options');
    const apis = options.apis ?? kSupportedApis;
    const now = options.now ?? 0;
    if (!Array.isArray(apis)) throw new ERR_INVALID_ARG_TYPE('options.apis', 'Array', apis);
    for (const api of apis) {
      if (!kSupportedApis.includes(api)) {
        throw new ERR_INVALID_ARG_VALUE('options.apis', api, `option ${api} is not supported`);
      }
    }
    if (now instanceof Date) this._now = now.getTime();
    else {
      validateNumber(now, 'initialTime', 0);
      this._now = now;
    }
    this._enabled = true;
    this._apis = apis;
    this._install(apis);
  }

  _install(apis) {
    const timers = require('timers');
    const promises = require('timers/promises');
    const saved = { global: {}, timers: {}, promises: {}, Date: undefined };
    this._originals = saved;
    const replace = (holder, key, store, value) => {
      store[key] = Object.getOwnPropertyDescriptor(holder, key);
      Object.defineProperty(holder, key, { __proto__: null, value, writable: true, configurable: true, enumerable: store[key] ? store[key].enumerable : true });
    };
    const self = this;
    const setT = (isInterval) => function(callback, delay, ...args) {
      validateFunction(callback, 'callback');
      return self._add(callback, delay, args, isInterval);
    };
    const clearT = function(timer) { self._clear(timer); };
    if (apis.includes('setTimeout')) {
      replace(globalThis, 'setTimeout', saved.global, setT(false));
      replace(globalThis, 'clearTimeout', saved.global, clearT);
      replace(timers, 'setTimeout', saved.timers, globalThis.setTimeout);
      replace(timers, 'clearTimeout', saved.timers, clearT);
      replace(promises, 'setTimeout', saved.promises, (delay, value, options = {}) => new Promise((resolve, reject) => {
        const t = self._add(() => resolve(value), delay, [], false);
        if (options.signal) {
          options.signal.addEventListener('abort', () => { self._clear(t); reject(abortErr(options.signal)); }, { once: true });
        }
      }));
    }
    if (apis.includes('setInterval')) {
      replace(globalThis, 'setInterval', saved.global, setT(true));
      replace(globalThis, 'clearInterval', saved.global, clearT);
      replace(timers, 'setInterval', saved.timers, globalThis.setInterval);
      replace(timers, 'clearInterval', saved.timers, clearT);
    }
    if (apis.includes('setImmediate')) {
      const setI = function(callback, ...args) {
        validateFunction(callback, 'callback');
        return self._add(callback, 0, args, false, true);
      };
      replace(globalThis, 'setImmediate', saved.global, setI);
      replace(globalThis, 'clearImmediate', saved.global, clearT);
      replace(timers, 'setImmediate', saved.timers, setI);
      replace(timers, 'clearImmediate', saved.timers, clearT);
      replace(promises, 'setImmediate', saved.promises, (value) => new Promise((resolve) => self._add(() => resolve(value), 0, [], false, true)));
    }
    if (apis.includes('Date')) {
      const OrigDate = globalThis.Date;
      saved.Date = Object.getOwnPropertyDescriptor(globalThis, 'Date');
      const MockDate = function Date(...args) {
        if (!new.target) return new OrigDate(self._now).toString();
        if (args.length === 0) return Reflect.construct(OrigDate, [self._now], new.target);
        return Reflect.construct(OrigDate, args, new.target);
      };
      Object.setPrototypeOf(MockDate, OrigDate);
      MockDate.prototype = OrigDate.prototype;
      MockDate.now = function now() { return self._now; };
      MockDate.parse = OrigDate.parse;
      MockDate.UTC = OrigDate.UTC;
      MockDate.isMock = true;
      Object.defineProperty(globalThis, 'Date', { __proto__: null, value: MockDate, writable: true, configurable: true, enumerable: false });
    }
  }

  _uninstall() {
    const saved = this._originals;
    if (!saved) return;
    const timers = require('timers');
    const promises = require('timers/promises');
    const put = (holder, store) => {
      for (const k of Object.keys(store)) {
        if (store[k]) Object.defineProperty(holder, k, store[k]);
        else delete holder[k];
      }
    };
    put(globalThis, saved.global);
    put(timers, saved.timers);
    put(promises, saved.promises);
    if (saved.Date) Object.defineProperty(globalThis, 'Date', saved.Date);
    this._originals = null;
  }

  _add(callback, delay, args, isInterval, isImmediate) {
    delay = Number(delay);
    if (!(delay >= 1 && delay <= 2 ** 31 - 1)) delay = isImmediate ? 0 : 1;
    const timer = new MockTimeout(this, ++this._idCounter, callback, delay, args, isInterval);
    timer.runAt = this._now + (isImmediate ? 0 : delay);
    this._queue.push(timer);
    return timer;
  }

  _clear(timer) {
    if (timer === undefined || timer === null) return;
    const id = typeof timer === 'object' ? timer.id : Number(timer);
    const i = this._queue.findIndex((t) => t.id === id);
    if (i >= 0) this._queue.splice(i, 1);
  }

  _next(limit) {
    let best = -1;
    for (let i = 0; i < this._queue.length; i++) {
      const t = this._queue[i];
      if (t.runAt > limit) continue;
      if (best < 0 || t.runAt < this._queue[best].runAt ||
          (t.runAt === this._queue[best].runAt && t.id < this._queue[best].id)) best = i;
    }
    return best;
  }

  tick(time = 1) {
    this._assertEnabled();
    validateNumber(time, 'time', 0);
    this._now += time;
    this._runUntil(this._now);
  }

  _runUntil(limit) {
    let i;
    while ((i = this._next(limit)) >= 0) {
      const t = this._queue[i];
      this._queue.splice(i, 1);
      if (t.isInterval) {
        t.runAt += t.delay;
        this._queue.push(t);
      }
      Reflect.apply(t.callback, undefined, t.args);
    }
  }

  runAll() {
    this._assertEnabled();
    let guard = 0;
    while (this._queue.length > 0 && guard++ < 1e5) {
      const latest = Math.max(...this._queue.map((t) => t.runAt));
      if (latest > this._now) this._now = latest;
      this._runUntil(this._now);
      if (this._queue.every((t) => t.isInterval)) break;
    }
  }

  setTime(milliseconds) {
    this._assertEnabled();
    validateNumber(milliseconds, 'milliseconds', 0);
    this._now = milliseconds;
  }

  reset() {
    if (!this._enabled) return;
    this._uninstall();
    this._enabled = false;
    this._queue = [];
    this._now = 0;
  }

  [Symbol.dispose]() { this.reset(); }
}

class MockTimeout {
  constructor(timers, id, callback, delay, args, isInterval) {
    this.id = id;
    this.callback = callback;
    this.delay = delay;
    this.args = args;
    this.isInterval = isInterval;
    Object.defineProperty(this, 'timers', { __proto__: null, value: timers, enumerable: false });
  }

  ref() { return this; }
  unref() { return this; }
  hasRef() { return true; }
  refresh() {
    this.runAt = this.timers._now + this.delay;
    return this;
  }

  [Symbol.toPrimitive]() { return this.id; }
}

function abortErr(signal) {
  const { AbortError } = require('internal/errors');
  return new AbortError(undefined, { cause: signal.reason });
}

module.exports = { MockTracker, MockTimers };
