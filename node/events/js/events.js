'use strict';
// node:events — EventEmitter. Listener storage follows Node (a lone listener is stored as the
// function itself, more as an array) because inspect output and libraries poking at _events rely
// on that shape.

const kCapture = Symbol('kCapture');
const kErrorMonitor = Symbol('events.errorMonitor');
const kShapeMode = Symbol('shapeMode');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kRejection = Symbol.for('nodejs.rejection');
const kEmitting = Symbol('events.emitting');

// A listener array being emitted is never changed in place: change a copy.
function writableListeners(events, type, list) {
  if (list[kEmitting] > 0) {
    const copy = list.slice();
    if (list.warned) copy.warned = true;
    events[type] = copy;
    return copy;
  }
  return list;
}

let defaultMaxListeners = 10;
let errorsModule;
function errors() {
  if (errorsModule === undefined) errorsModule = require('internal/errors');
  return errorsModule;
}
let inspectFn;
function inspect(v, opts) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(v, opts);
}

function checkListener(listener) {
  if (typeof listener !== 'function') {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('listener', 'Function', listener);
  }
}

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

// These cannot be redefined once made, so they are made where Node's order of the module's
// properties puts them (at the end of this file).
const lateProperties = { __proto__: null };
lateProperties.captureRejections = {
  __proto__: null,
  get() { return EventEmitter.prototype[kCapture]; },
  set(value) {
    if (typeof value !== 'boolean') {
      throw new (errors().codes.ERR_INVALID_ARG_TYPE)('EventEmitter.captureRejections', 'boolean', value);
    }
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
};
EventEmitter.prototype[kCapture] = false;

lateProperties.defaultMaxListeners = {
  __proto__: null,
  enumerable: true,
  get() { return defaultMaxListeners; },
  set(arg) {
    validators().validateNumber(arg, 'defaultMaxListeners', 0);
    defaultMaxListeners = arg;
  },
};

lateProperties.kMaxEventTargetListeners = { __proto__: null, value: kMaxEventTargetListeners, enumerable: false, configurable: false, writable: false };
lateProperties.kMaxEventTargetListenersWarned = { __proto__: null, value: kMaxEventTargetListenersWarned, enumerable: false, configurable: false, writable: false };

EventEmitter.errorMonitor = kErrorMonitor;
EventEmitter.captureRejectionSymbol = kRejection;

EventEmitter.init = function(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts !== undefined && opts !== null && opts.captureRejections) {
    if (typeof opts.captureRejections !== 'boolean') {
      throw new (errors().codes.ERR_INVALID_ARG_TYPE)('options.captureRejections', 'boolean', opts.captureRejections);
    }
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validators().validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

function _getMaxListeners(that) {
  if (that._maxListeners === undefined) return defaultMaxListeners;
  return that._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return _getMaxListeners(this);
};

function addCatch(that, promise, type, args) {
  if (!that[kCapture]) return;
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, function(err) {
        process.nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
      });
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection](err, type, ...args);
  } else {
    const prev = ee[kCapture];
    try {
      ee[kCapture] = false;
      ee.emit('error', err);
    } finally {
      ee[kCapture] = prev;
    }
  }
}

// The fatal-exception printer shows an unhandled 'error' event with where it was emitted,
// as Node's enhanceStackTrace does (Node 24 never collapses the frames both stacks share).
function enhanceStackSymbol() {
  const { internals } = internalBinding('internal/bootstrap/node');
  internals.enhanceStackSymbol ??= Symbol('kEnhanceStackBeforeInspector');
  return internals.enhanceStackSymbol;
}

function enhanceStackTrace(err, own) {
  let ctorInfo = '';
  try {
    const { name } = this.constructor;
    if (name !== 'EventEmitter') ctorInfo = ` on ${name} instance`;
  } catch {
    // no constructor name to show
  }
  const ownStack = `${own.stack}`.split('\n').slice(1);
  return `${err.stack}\nEmitted 'error' event${ctorInfo} at:\n${ownStack.join('\n')}`;
}

function jsEmit(type, ...args) {
  let doError = (type === 'error');
  const events = this._events;
  if (events !== undefined) {
    if (doError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    doError = (doError && events.error === undefined);
  } else if (!doError) {
    return false;
  }

  if (doError) {
    let er;
    if (args.length > 0) er = args[0];
    if (er instanceof Error) {
      try {
        const capture = {};
        Error.captureStackTrace(capture, EventEmitter.prototype.emit);
        Object.defineProperty(er, enhanceStackSymbol(), {
          __proto__: null, value: enhanceStackTrace.bind(this, er, capture), configurable: true,
        });
      } catch {
        // a frozen or exotic error is printed as it is
      }
      throw er; // Unhandled 'error' event
    }
    let stringifiedEr;
    try {
      stringifiedEr = inspect(er);
    } catch {
      stringifiedEr = er;
    }
    const err = new (errors().codes.ERR_UNHANDLED_ERROR)(stringifiedEr);
    err.context = er;
    throw err;
  }

  const handler = events[type];
  if (handler === undefined) return false;

  if (typeof handler === 'function') {
    const result = handler.apply(this, args);
    if (result !== undefined && result !== null) addCatch(this, result, type, args);
  } else {
    // No copy of the listener array per emit: while it is being emitted, adding or removing a
    // listener replaces the array instead of changing it (as Node 24 does).
    const len = handler.length;
    handler[kEmitting] = (handler[kEmitting] || 0) + 1;
    try {
      for (let i = 0; i < len; ++i) {
        const result = handler[i].apply(this, args);
        if (result !== undefined && result !== null) addCatch(this, result, type, args);
      }
    } finally {
      handler[kEmitting]--;
    }
  }
  return true;
};

EventEmitter.prototype.emit = internalBinding('events').makeEmit(jsEmit, addCatch);

function _addListener(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ?? listener);
      events = target._events;
    }
    existing = events[type];
  }

  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
  } else {
    if (typeof existing === 'function') {
      existing = events[type] = prepend ? [listener, existing] : [existing, listener];
    } else if (prepend) {
      existing = writableListeners(events, type, existing);
      existing.unshift(listener);
    } else {
      existing = writableListeners(events, type, existing);
      existing.push(listener);
    }
    const m = _getMaxListeners(target);
    if (m > 0 && existing.length > m && !existing.warned) {
      existing.warned = true;
      const name = target.constructor && target.constructor.name;
      const w = new Error('Possible EventEmitter memory leak detected. ' +
        `${existing.length} ${String(type)} listeners ` +
        `added to ${inspect(target, { depth: -1 })}. MaxListeners is ${m}. Use emitter.setMaxListeners() to increase limit`);
      w.name = 'MaxListenersExceededWarning';
      w.emitter = target;
      w.type = type;
      w.count = existing.length;
      void name;
      process.emitWarning(w);
    }
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return _addListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return _addListener(this, type, listener, true);
};

function onceWrapper() {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    if (arguments.length === 0) return this.listener.call(this.target);
    return this.listener.apply(this.target, arguments);
  }
}

function _onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, _onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, _onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  let list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = { __proto__: null };
    } else {
      delete events[type];
      if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    let position = -1;
    list = writableListeners(events, type, list);
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    if (position === 0) list.shift();
    else list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;

  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }

  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function _listeners(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const evlistener = events[type];
  if (evlistener === undefined) return [];
  if (typeof evlistener === 'function') return unwrap ? [evlistener.listener || evlistener] : [evlistener];
  const out = new Array(evlistener.length);
  for (let i = 0; i < out.length; ++i) out[i] = unwrap ? (evlistener[i].listener || evlistener[i]) : evlistener[i];
  return out;
}

EventEmitter.prototype.listeners = function listeners(type) { return _listeners(this, type, true); };
EventEmitter.prototype.rawListeners = function rawListeners(type) { return _listeners(this, type, false); };

function listenerCount(type, listener) {
  const events = this._events;
  if (events !== undefined) {
    const evlistener = events[type];
    if (typeof evlistener === 'function') {
      if (listener != null) return listener === evlistener || listener === evlistener.listener ? 1 : 0;
      return 1;
    } else if (evlistener !== undefined) {
      if (listener != null) {
        let n = 0;
        for (let i = 0; i < evlistener.length; i++) {
          if (evlistener[i] === listener || evlistener[i].listener === listener) n++;
        }
        return n;
      }
      return evlistener.length;
    }
  }
  return 0;
}
EventEmitter.prototype.listenerCount = listenerCount;
EventEmitter.listenerCount = function listenerCount(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  if (isEventTarget(emitter)) return emitter[eventTarget().kEvents]?.get(type)?.size ?? 0;
  throw new (errors().codes.ERR_INVALID_ARG_TYPE)('emitter', ['EventEmitter', 'EventTarget'], emitter);
};

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

let eventTargetModule;
function eventTarget() {
  if (eventTargetModule === undefined) eventTargetModule = require('internal/event_target');
  return eventTargetModule;
}
// Whether obj is an EventTarget, without loading EventTarget for the EventEmitter cases.
function isEventTarget(obj) {
  return obj?.constructor?.[Symbol.for('nodejs.event_target')] === true;
}
let validatorsModule;
function validators() {
  if (validatorsModule === undefined) validatorsModule = require('internal/validators');
  return validatorsModule;
}
const kEmptyObject = Object.freeze({ __proto__: null });

// Listeners both kinds of emitters take: EventTarget listeners get the event, EventEmitter
// listeners their arguments.
function eventTargetAgnosticAddListener(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('emitter', 'EventEmitter', emitter);
  }
}

function eventTargetAgnosticRemoveListener(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('emitter', 'EventEmitter', emitter);
  }
}

async function once(emitter, name, options = kEmptyObject) {
  validators().validateObject(options, 'options');
  const signal = options?.signal;
  validators().validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new (errors().AbortError)(undefined, { cause: signal?.reason });
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal != null) eventTargetAgnosticRemoveListener(signal, 'abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
      if (signal != null) eventTargetAgnosticRemoveListener(signal, 'abort', abortListener);
      resolve(args);
    };
    const opts = { __proto__: null, once: true, [eventTarget().kResistStopPropagation]: true };
    eventTargetAgnosticAddListener(emitter, name, resolver, opts);
    if (name !== 'error' && typeof emitter.once === 'function') {
      emitter.once('error', errorListener);
    }
    function abortListener() {
      eventTargetAgnosticRemoveListener(emitter, name, resolver);
      eventTargetAgnosticRemoveListener(emitter, 'error', errorListener);
      reject(new (errors().AbortError)(undefined, { cause: signal?.reason }));
    }
    if (signal != null) {
      eventTargetAgnosticAddListener(signal, 'abort', abortListener, opts);
    }
  });
}

// events.on: an async iterator over the emitter's events, buffering what comes before it is
// read and pausing an emitter that has pause() above highWaterMark.
function on(emitter, event, options = kEmptyObject) {
  const { validateObject, validateAbortSignal, validateInteger } = validators();
  validateObject(options, 'options');
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new (errors().AbortError)(undefined, { cause: signal?.reason });
  const highWatermark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWatermark, 'options.highWaterMark', 1);
  const lowWatermark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWatermark, 'options.lowWaterMark', 1);

  const unconsumedEvents = [];
  const unconsumedPromises = [];
  let paused = false;
  let error = null;
  let finished = false;
  let size = 0;

  const iterator = Object.setPrototypeOf({
    next() {
      if (size) {
        const value = unconsumedEvents.shift();
        size--;
        if (paused && size < lowWatermark) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve(createIterResult(value, false));
      }
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return closeHandler();
      return new Promise(function(resolve, reject) {
        unconsumedPromises.push({ resolve, reject });
      });
    },
    return() {
      return closeHandler();
    },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new (errors().codes.ERR_INVALID_ARG_TYPE)('EventEmitter.AsyncIterator', 'Error', err);
      }
      errorHandler(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  }, AsyncIteratorPrototype);

  const listeners = [];
  const addListener = (target, name, fn, flags) => {
    eventTargetAgnosticAddListener(target, name, fn, flags);
    listeners.push([target, name, fn, flags]);
  };
  const abortFlags = { __proto__: null, once: true, [eventTarget().kResistStopPropagation]: true };

  addListener(emitter, event, options[kFirstEventParam] ? eventHandler : function(...args) {
    return eventHandler(args);
  });
  if (event !== 'error' && typeof emitter.on === 'function') {
    addListener(emitter, 'error', errorHandler);
  }
  const closeEvents = options?.close;
  if (closeEvents?.length) {
    for (let i = 0; i < closeEvents.length; i++) addListener(emitter, closeEvents[i], closeHandler);
  }
  if (signal) addListener(signal, 'abort', abortListener, abortFlags);

  return iterator;

  function abortListener() {
    errorHandler(new (errors().AbortError)(undefined, { cause: signal?.reason }));
  }

  function eventHandler(value) {
    if (unconsumedPromises.length > 0) {
      unconsumedPromises.shift().resolve(createIterResult(value, false));
    } else {
      size++;
      if (!paused && size > highWatermark) {
        paused = true;
        if (typeof emitter.pause === 'function') emitter.pause();
      }
      unconsumedEvents.push(value);
    }
  }

  function errorHandler(err) {
    if (unconsumedPromises.length > 0) unconsumedPromises.shift().reject(err);
    else error = err;
    closeHandler();
  }

  function closeHandler() {
    for (const [target, name, fn, flags] of listeners) eventTargetAgnosticRemoveListener(target, name, fn, flags);
    listeners.length = 0;
    finished = true;
    const doneResult = createIterResult(undefined, true);
    while (unconsumedPromises.length > 0) unconsumedPromises.shift().resolve(doneResult);
    return Promise.resolve(doneResult);
  }
}
const kFirstEventParam = Symbol('nodejs.kFirstEventParam');
// The engine has no async generators, so no %AsyncIteratorPrototype%: an object of the same shape.
const AsyncIteratorPrototype = {
  [Symbol.asyncIterator]() { return this; },
};

function createIterResult(value, done) {
  return { value, done };
}

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget?.listeners === 'function') return emitterOrTarget.listeners(type);
  if (isEventTarget(emitterOrTarget)) return eventTarget().getEventTargetListeners(emitterOrTarget, type);
  throw new (errors().codes.ERR_INVALID_ARG_TYPE)('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
  validators().validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
  } else {
    for (let i = 0; i < eventTargets.length; i++) {
      const target = eventTargets[i];
      if (isEventTarget(target)) {
        target[kMaxEventTargetListeners] = n;
        target[kMaxEventTargetListenersWarned] = false;
      } else if (typeof target?.setMaxListeners === 'function') {
        target.setMaxListeners(n);
      } else {
        throw new (errors().codes.ERR_INVALID_ARG_TYPE)('eventTargets', ['EventEmitter', 'EventTarget'], target);
      }
    }
  }
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') return _getMaxListeners(emitterOrTarget);
  if (isEventTarget(emitterOrTarget)) return emitterOrTarget[kMaxEventTargetListeners];
  throw new (errors().codes.ERR_INVALID_ARG_TYPE)('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function addAbortListener(signal, listener) {
  return require('internal/abort_controller').addAbortListener(signal, listener);
}
// EventEmitterAsyncResource runs its listeners in the async context (AsyncLocalStorage stores)
// of its construction; node:async_hooks loads only when it is first touched.
let EventEmitterAsyncResource;
function lazyEventEmitterAsyncResource() {
  if (EventEmitterAsyncResource !== undefined) return EventEmitterAsyncResource;
  const { AsyncResource } = require('async_hooks');
  const { validateString } = require('internal/validators');
  const { ERR_INVALID_THIS } = errors().codes;

  class EventEmitterReferencingAsyncResource extends AsyncResource {
    #eventEmitter;
    constructor(ee, type, options) {
      super(type, options);
      this.#eventEmitter = ee;
    }

    get eventEmitter() {
      if (this.#eventEmitter === undefined) throw new ERR_INVALID_THIS('EventEmitterReferencingAsyncResource');
      return this.#eventEmitter;
    }
  }

  EventEmitterAsyncResource = class EventEmitterAsyncResource extends EventEmitter {
    #asyncResource;
    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        if (new.target === EventEmitterAsyncResource) validateString(options?.name, 'options.name');
        name = options?.name || new.target.name;
      }
      super(options);
      this.#asyncResource = new EventEmitterReferencingAsyncResource(this, name, options);
    }

    emit(event, ...args) {
      const resource = this.asyncResource;
      args.unshift(super.emit, this, event);
      return Reflect.apply(resource.runInAsyncScope, resource, args);
    }

    emitDestroy() {
      this.asyncResource.emitDestroy();
    }

    get asyncId() { return this.#asyncResource.asyncId(); }

    get triggerAsyncId() { return this.#asyncResource.triggerAsyncId(); }

    get asyncResource() {
      if (this.#asyncResource === undefined) throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
      return this.#asyncResource;
    }
  };
  return EventEmitterAsyncResource;
}

Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  __proto__: null, enumerable: true, configurable: true, set: undefined,
  get: lazyEventEmitterAsyncResource,
});

module.exports = EventEmitter;
EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
// anonymous in Node
EventEmitter.setMaxListeners = (0, function(n = defaultMaxListeners, ...eventTargets) {
  return setMaxListeners(n, ...eventTargets);
});

// Node's order of the module's own properties (Object.keys(require('events')) shows it).
for (const key of ['addAbortListener', 'once', 'on', 'getEventListeners', 'getMaxListeners', 'listenerCount',
  'EventEmitter', 'usingDomains', 'captureRejectionSymbol', 'captureRejections', 'EventEmitterAsyncResource',
  'errorMonitor', 'defaultMaxListeners', 'kMaxEventTargetListeners', 'kMaxEventTargetListenersWarned',
  'setMaxListeners', 'init']) {
  const late = lateProperties[key];
  if (late !== undefined) {
    Object.defineProperty(EventEmitter, key, late);
    continue;
  }
  const desc = Object.getOwnPropertyDescriptor(EventEmitter, key);
  if (desc === undefined || !desc.configurable) continue;
  delete EventEmitter[key];
  Object.defineProperty(EventEmitter, key, desc);
}
