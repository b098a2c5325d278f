'use strict';
// AbortController and AbortSignal (with timeout, any and the onabort attribute), as Node's
// lib/internal/abort_controller.js behaves.

const {
  EventTarget,
  Event,
  kTrustEvent,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
  kWeakHandler,
  defineEventHandler,
  initEventTarget,
  inspectWithFields,
} = require('internal/event_target');
const { DOMException } = require('internal/per_context/domexception');
const { kMaxEventTargetListeners } = require('events');
const {
  ERR_ILLEGAL_CONSTRUCTOR,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_THIS,
} = require('internal/errors').codes;
const { validateAbortSignal, validateFunction, validateObject, validateUint32 } = require('internal/validators');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kComposite = Symbol('kComposite');
const kSourceSignals = Symbol('kSourceSignals');
const kDependantSignals = Symbol('kDependantSignals');
const kDontThrowSymbol = Symbol('kDontThrowSymbol');
const kTimeout = Symbol('kTimeout');

let timersModule;
function timers() {
  if (timersModule === undefined) timersModule = require('internal/timers');
  return timersModule;
}

function validateThisAbortSignal(obj) {
  if (obj?.[kAborted] === undefined) throw new ERR_INVALID_THIS('AbortSignal');
}

// webidl's sequence<AbortSignal> conversion errors.
function webidlTypeError(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

class AbortSignal extends EventTarget {
  constructor(dontThrowKey = undefined, init = undefined) {
    if (dontThrowKey !== kDontThrowSymbol) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    const { aborted = false, reason = undefined, composite = false } = init || {};
    this[kAborted] = aborted;
    this[kReason] = reason;
    this[kComposite] = composite;
    // signals collect listeners from many users: no leak warning unless a limit is set on one
    this[kMaxEventTargetListeners] = 0;
  }

  get aborted() {
    validateThisAbortSignal(this);
    return !!this[kAborted];
  }

  get reason() {
    validateThisAbortSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    validateThisAbortSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    if (depth < 0) return this;
    return inspectWithFields(this, this.constructor.name, { aborted: this.aborted }, depth, options);
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    return new AbortSignal(kDontThrowSymbol, { aborted: true, reason });
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kDontThrowSymbol);
    // the timer never keeps the process alive, listeners or not
    const timer = timers().setTimeout(() => {
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    timer.unref();
    signal[kTimeout] = timer;
    return signal;
  }

  static any(signals) {
    if (signals === null || typeof signals !== 'object' || typeof signals[Symbol.iterator] !== 'function') {
      throw webidlTypeError('signals cannot be converted to sequence.');
    }
    const list = [];
    let i = 0;
    for (const s of signals) {
      if (s?.[kAborted] === undefined) {
        throw webidlTypeError(`signals[${i}] is not of type AbortSignal.`);
      }
      list.push(s);
      i++;
    }
    const resultSignal = new AbortSignal(kDontThrowSymbol, { composite: true });
    if (list.length === 0) return resultSignal;
    resultSignal[kSourceSignals] = new Set();
    for (const signal of list) {
      if (signal.aborted) {
        abortSignal(resultSignal, signal.reason);
        return resultSignal;
      }
    }
    for (const signal of list) {
      if (!signal[kComposite]) {
        resultSignal[kSourceSignals].add(signal);
        (signal[kDependantSignals] ??= new Set()).add(resultSignal);
      } else if (signal[kSourceSignals] !== undefined) {
        for (const source of signal[kSourceSignals]) {
          resultSignal[kSourceSignals].add(source);
          (source[kDependantSignals] ??= new Set()).add(resultSignal);
        }
      }
    }
    return resultSignal;
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    super[kNewListener](size, type, listener, once, capture, passive, weak);
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
  }
}

const kEnumerableProperty = { __proto__: null, enumerable: true };
Object.defineProperties(AbortSignal.prototype, {
  aborted: kEnumerableProperty,
});
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  __proto__: null, writable: false, enumerable: false, configurable: true, value: 'AbortSignal',
});
defineEventHandler(AbortSignal.prototype, 'abort');

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  const event = new Event('abort', { [kTrustEvent]: true });
  signal.dispatchEvent(event);
  const dependants = signal[kDependantSignals];
  if (dependants !== undefined) {
    signal[kDependantSignals] = undefined;
    for (const dependant of dependants) abortSignal(dependant, reason);
  }
}

// The controller's signal lives outside the instance (Node keeps it in a private field).
const controllerSignals = new WeakMap();

class AbortController {
  constructor() {
    controllerSignals.set(this, undefined);
  }

  get signal() {
    return signalOf(this);
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    abortSignal(signalOf(this), reason);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    if (depth < 0) return this;
    return inspectWithFields(this, this.constructor.name, { signal: this.signal }, depth, options);
  }
}

function signalOf(controller) {
  if (!controllerSignals.has(controller)) {
    // Node keeps the signal in a private field: V8's error for a foreign receiver
    throw new TypeError('Cannot read private member #signal from an object whose class did not declare it');
  }
  let signal = controllerSignals.get(controller);
  if (signal === undefined) {
    signal = new AbortSignal(kDontThrowSymbol);
    controllerSignals.set(controller, signal);
  }
  return signal;
}
Object.defineProperties(AbortController.prototype, {
  signal: kEnumerableProperty,
  abort: kEnumerableProperty,
});
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  __proto__: null, writable: false, enumerable: false, configurable: true, value: 'AbortController',
});

function isAbortSignal(value) {
  return value?.[kAborted] !== undefined;
}

// events.addAbortListener: the listener runs once on abort, even if another abort listener
// stops propagation; an already aborted signal calls it in a microtask.
function addAbortListener(signal, listener) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let removeEventListener;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, { __proto__: null, once: true, [kResistStopPropagation]: true });
    removeEventListener = () => { signal.removeEventListener('abort', listener); };
  }
  return {
    __proto__: null,
    [Symbol.dispose]() { removeEventListener?.(); },
  };
}

// util.aborted: a promise that settles when the signal aborts.
async function aborted(signal, resource) {
  if (signal?.[kAborted] === undefined) throw webidlTypeError('signal is not of type AbortSignal.');
  validateObject(resource, 'resource', 2 | 4);
  if (signal.aborted) return Promise.resolve();
  let resolve;
  const promise = new Promise((r) => { resolve = r; });
  signal.addEventListener('abort', resolve, { __proto__: null, once: true, [kWeakHandler]: resource, [kResistStopPropagation]: true });
  return promise;
}

// Node marks these so that a worker thread can receive them; gnode has no workers, so the
// marking changes nothing and the object is handed back.
function transferableAbortSignal(signal) {
  if (signal?.[kAborted] === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  return signal;
}

function transferableAbortController() {
  return new AbortController();
}

module.exports = {
  transferableAbortSignal,
  transferableAbortController,
  AbortController,
  AbortSignal,
  ClonedAbortSignal: AbortSignal,
  aborted,
  abortSignal,
  addAbortListener,
  isAbortSignal,
  kAborted,
};
