'use strict';
// EventTarget, Event, CustomEvent and NodeEventTarget as Node's lib/internal/event_target.js
// defines them: listeners per type live in a linked list (so a listener removed during a dispatch
// is skipped and one added is reached), errors thrown by listeners surface as uncaught exceptions
// on the next tick, and the instances carry the symbol-keyed state Node's do.

const EventEmitter = require('events');
const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = EventEmitter;
const errors = require('internal/errors');
const {
  ERR_EVENT_RECURSION,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_THIS,
  ERR_MISSING_ARGS,
} = errors.codes;
const { validateObject, validateString, validateAbortSignal, validateThisInternalField } = require('internal/validators');
const { now } = internalBinding('internal/event_target');

let inspectFn;
function inspect(v, opts) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(v, opts);
}

const kIsEventTarget = Symbol.for('nodejs.event_target');
const kIsNodeEventTarget = Symbol('kIsNodeEventTarget');
const kEvents = Symbol('kEvents');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kStop = Symbol('kStop');
const kTarget = Symbol('kTarget');
const kHandlers = Symbol('kHandlers');
const kWeakHandler = Symbol('kWeak');
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kHybridDispatch = Symbol.for('nodejs.internal.kHybridDispatch');
const kRemoveWeakListenerHelper = Symbol('kRemoveWeakListenerHelper');
const kCreateEvent = Symbol('kCreateEvent');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');
const kTrustEvent = Symbol('kTrustEvent');
const kType = Symbol('type');
const kInPassiveListener = Symbol('kInPassiveListener');
const kDetail = Symbol('detail');

const kEmptyObject = Object.freeze({ __proto__: null });
const isTrustedSet = new WeakSet();
// Per-event state Node keeps in private fields; a WeakMap keeps them off the instance too.
const eventState = new WeakMap();

const isEvent = (value) => typeof value?.[kType] === 'string';
const isEventTarget = (obj) => obj?.constructor?.[kIsEventTarget];

function stateOf(event) {
  const s = eventState.get(event);
  if (s === undefined) throw new ERR_INVALID_THIS('Event');
  return s;
}

// Node's inspect of Event, EventTarget, AbortSignal & co: "Name { ...fields }".
function inspectWithFields(self, name, fields, depth, options) {
  if (depth < 0) return name;
  const opts = Object.assign({}, options, {
    depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
  });
  return `${name} ${inspect(fields, opts)}`;
}

class Event {
  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    validateObject(options, 'options', 1 | 2 | 4);
    const { bubbles, cancelable, composed } = { ...options };
    eventState.set(this, {
      cancelable: !!cancelable,
      bubbles: !!bubbles,
      composed: !!composed,
      defaultPrevented: false,
      timestamp: now(),
      propagationStopped: false,
    });
    this[kType] = `${type}`;
    if (options?.[kTrustEvent]) isTrustedSet.add(this);
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
    this[kInPassiveListener] = false;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    const s = stateOf(this);
    if (this[kIsBeingDispatched]) return;
    this[kType] = `${type}`;
    s.bubbles = !!bubbles;
    s.cancelable = !!cancelable;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    const s = stateOf(this);
    return inspectWithFields(this, this.constructor.name, {
      type: this[kType],
      defaultPrevented: s.cancelable && s.defaultPrevented,
      cancelable: s.cancelable,
      timeStamp: s.timestamp,
    }, depth, options);
  }

  stopImmediatePropagation() {
    const s = stateOf(this);
    s.propagationStopped = true;
    this[kStop] = true;
  }

  preventDefault() {
    const s = stateOf(this);
    if (!this[kInPassiveListener]) s.defaultPrevented = true;
  }

  get target() { stateOf(this); return this[kTarget]; }

  get currentTarget() { stateOf(this); return this[kIsBeingDispatched] ? this[kTarget] : null; }

  get srcElement() { stateOf(this); return this[kTarget]; }

  get type() { stateOf(this); return this[kType]; }

  get cancelable() { return stateOf(this).cancelable; }

  get defaultPrevented() {
    const s = stateOf(this);
    return s.cancelable && s.defaultPrevented;
  }

  get timeStamp() { return stateOf(this).timestamp; }

  composedPath() {
    stateOf(this);
    return this[kIsBeingDispatched] ? [this[kTarget]] : [];
  }

  get returnValue() {
    const s = stateOf(this);
    return !(s.cancelable && s.defaultPrevented);
  }

  set returnValue(value) {
    stateOf(this);
    if (!value) this.preventDefault();
  }

  get bubbles() { return stateOf(this).bubbles; }

  get composed() { return stateOf(this).composed; }

  get eventPhase() { stateOf(this); return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE; }

  get cancelBubble() { return stateOf(this).propagationStopped; }

  set cancelBubble(value) {
    const s = stateOf(this);
    if (value) s.propagationStopped = true;
  }

  stopPropagation() {
    stateOf(this).propagationStopped = true;
  }
}

const kEnumerableProperty = { __proto__: null, enumerable: true };
Object.defineProperty(Event.prototype, 'isTrusted', {
  __proto__: null,
  get: Object.getOwnPropertyDescriptor({ get isTrusted() { return isTrustedSet.has(this); } }, 'isTrusted').get,
  enumerable: true,
  configurable: false,
});
Object.defineProperties(Event.prototype, {
  [Symbol.toStringTag]: { __proto__: null, writable: false, enumerable: false, configurable: true, value: 'Event' },
  initEvent: kEnumerableProperty,
  stopImmediatePropagation: kEnumerableProperty,
  preventDefault: kEnumerableProperty,
  target: kEnumerableProperty,
  currentTarget: kEnumerableProperty,
  srcElement: kEnumerableProperty,
  type: kEnumerableProperty,
  cancelable: kEnumerableProperty,
  defaultPrevented: kEnumerableProperty,
  timeStamp: kEnumerableProperty,
  composedPath: kEnumerableProperty,
  returnValue: kEnumerableProperty,
  bubbles: kEnumerableProperty,
  composed: kEnumerableProperty,
  eventPhase: kEnumerableProperty,
  cancelBubble: kEnumerableProperty,
  stopPropagation: kEnumerableProperty,
});
const phases = ['NONE', 'CAPTURING_PHASE', 'AT_TARGET', 'BUBBLING_PHASE'];
for (let i = 0; i < phases.length; i++) {
  Object.defineProperty(Event, phases[i], {
    __proto__: null, writable: false, configurable: false, enumerable: true, value: i,
  });
}

class CustomEvent extends Event {
  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this[kDetail] = options?.detail ?? null;
  }

  get detail() {
    if (!isCustomEvent(this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this[kDetail];
  }
}
function isCustomEvent(value) {
  return isEvent(value) && value[kDetail] !== undefined;
}
Object.defineProperties(CustomEvent.prototype, {
  [Symbol.toStringTag]: { __proto__: null, writable: false, enumerable: false, configurable: true, value: 'CustomEvent' },
  detail: kEnumerableProperty,
});

// One registered listener; the list of a type starts at a root node { size, next }.
class Listener {
  constructor(eventTarget, eventType, previous, listener, once, capture, passive,
              isNodeStyleListener, weak, resistStopPropagation) {
    this.next = undefined;
    if (previous !== undefined) previous.next = this;
    this.previous = previous;
    this.listener = listener;
    this.once = once;
    this.capture = capture;
    this.passive = passive;
    this.isNodeStyleListener = isNodeStyleListener;
    this.removed = false;
    this.weak = Boolean(weak);
    this.resistStopPropagation = Boolean(resistStopPropagation);
    if (typeof listener === 'function') {
      this.callback = listener;
    } else {
      this.callback = callHandleEvent.bind(listener);
    }
  }

  same(listener, capture) {
    return this.listener === listener && this.capture === capture;
  }

  remove() {
    if (this.previous !== undefined) this.previous.next = this.next;
    if (this.next !== undefined) this.next.previous = this.previous;
    this.removed = true;
  }
}

function callHandleEvent(...args) {
  const { handleEvent } = this;
  return Reflect.apply(handleEvent, this, args);
}

// Node's primordial Map, by the name inspect shows for a port's internals (its tag keeps
// inspect from adding [Map], as Node's shows none).
class SafeMap extends Map {}
Object.defineProperty(SafeMap.prototype, Symbol.toStringTag, { __proto__: null, value: 'SafeMap', configurable: true });

function initEventTarget(self) {
  self[kEvents] = new SafeMap();
  self[kMaxEventTargetListeners] = EventEmitter.defaultMaxListeners;
  self[kMaxEventTargetListenersWarned] = false;
  // made by the first on<event> handler, as in Node
  self[kHandlers] = undefined;
}

function validateEventListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function validateEventListenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null) return kEmptyObject;
  validateObject(options, 'options', 1 | 2 | 4);
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    weak: options[kWeakHandler],
    resistStopPropagation: options[kResistStopPropagation] ?? false,
    isNodeStyleListener: Boolean(options[kIsNodeStyleListener]),
  };
}

function emitUncaughtException(err) {
  process.nextTick(() => { throw err; });
}

function addCatch(promise) {
  const then = promise.then;
  if (typeof then === 'function') {
    then.call(promise, undefined, (err) => emitUncaughtException(err));
  }
}

class EventTarget {
  constructor() {
    initEventTarget(this);
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    if (this[kMaxEventTargetListeners] > 0 && size > this[kMaxEventTargetListeners] &&
        !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const w = new Error('Possible EventTarget memory leak detected. ' +
        `${size} ${type} listeners added to ${inspect(this, { depth: -1 })}. ` +
        `MaxListeners is ${this[kMaxEventTargetListeners]}. Use events.setMaxListeners() to increase limit`);
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = size;
      process.emitWarning(w);
    }
  }

  [kRemoveListener](size, type, listener, capture) {}

  addEventListener(type, listener, options = kEmptyObject) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const {
      once, capture, passive, signal, isNodeStyleListener, weak, resistStopPropagation,
    } = validateEventListenerOptions(options);

    if (!validateEventListener(listener)) {
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      process.emitWarning(w);
      return;
    }
    type = `${type}`;

    if (signal) {
      validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) return;
      signal.addEventListener('abort', () => {
        this.removeEventListener(type, listener, options);
      }, { __proto__: null, once: true, [kWeakHandler]: this, [kResistStopPropagation]: true });
    }

    let root = this[kEvents].get(type);
    if (root === undefined) {
      root = { size: 1, next: undefined, resistStopPropagation: Boolean(resistStopPropagation) };
      new Listener(this, type, root, listener, once, capture, passive, isNodeStyleListener, weak,
                   resistStopPropagation);
      this[kNewListener](root.size, type, listener, once, capture, passive, weak);
      this[kEvents].set(type, root);
      return;
    }

    let handler = root.next;
    let previous = root;
    // Adding the same listener twice (same capture flag) does nothing.
    while (handler !== undefined && !handler.same(listener, capture)) {
      previous = handler;
      handler = handler.next;
    }
    if (handler !== undefined) return;

    new Listener(this, type, previous, listener, once, capture, passive, isNodeStyleListener, weak,
                 resistStopPropagation);
    root.size++;
    root.resistStopPropagation ||= Boolean(resistStopPropagation);
    this[kNewListener](root.size, type, listener, once, capture, passive, weak);
  }

  removeEventListener(type, listener, options = kEmptyObject) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateEventListener(listener)) return;
    type = `${type}`;
    const capture = options?.capture === true || options === true;
    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) return;
    let handler = root.next;
    while (handler !== undefined) {
      if (handler.same(listener, capture)) {
        handler.remove();
        root.size--;
        if (root.size === 0) this[kEvents].delete(type);
        this[kRemoveListener](root.size, type, listener, capture);
        break;
      }
      handler = handler.next;
    }
  }

  [kRemoveWeakListenerHelper](type, listener) {
    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) return;
    const capture = false;
    let handler = root.next;
    while (handler !== undefined) {
      if (handler.callback === listener) {
        handler.remove();
        root.size--;
        if (root.size === 0) this[kEvents].delete(type);
        this[kRemoveListener](root.size, type, listener, capture);
        break;
      }
      handler = handler.next;
    }
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (event[kIsBeingDispatched]) throw new ERR_EVENT_RECURSION(event.type);
    this[kHybridDispatch](event, event.type, event);
    return event.defaultPrevented !== true;
  }

  [kHybridDispatch](nodeValue, type, event) {
    const createEvent = () => {
      if (event === undefined) {
        event = this[kCreateEvent](nodeValue, type);
        event[kTarget] = this;
        event[kIsBeingDispatched] = true;
      }
      return event;
    };
    if (event !== undefined) {
      event[kTarget] = this;
      event[kIsBeingDispatched] = true;
    }

    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) {
      if (event !== undefined) event[kIsBeingDispatched] = false;
      return true;
    }

    let handler = root.next;
    let next;
    const keepGoing = () => {
      if (handler === undefined) return false;
      return root.resistStopPropagation || !event?.[kStop];
    };
    while (keepGoing()) {
      // the current listener may remove itself: its successor is taken first
      next = handler.next;
      if (handler.removed || (event?.[kStop] && !handler.resistStopPropagation)) {
        handler = next;
        continue;
      }
      if (handler.once) {
        handler.remove();
        root.size--;
        const { listener, capture } = handler;
        this[kRemoveListener](root.size, type, listener, capture);
      }
      try {
        let arg;
        if (handler.isNodeStyleListener) {
          arg = nodeValue;
        } else {
          arg = createEvent();
        }
        const callback = handler.callback;
        let result;
        if (handler.passive && !handler.isNodeStyleListener) arg[kInPassiveListener] = true;
        try {
          result = callback.call(this, arg);
          // Node clears the flag after the first listener already (so later listeners see
          // eventPhase 0 and no currentTarget); kept for the same observable behaviour.
          if (!handler.isNodeStyleListener) arg[kIsBeingDispatched] = false;
        } finally {
          if (handler.passive && !handler.isNodeStyleListener) arg[kInPassiveListener] = false;
        }
        if (result !== undefined && result !== null) addCatch(result);
      } catch (err) {
        emitUncaughtException(err);
      }
      handler = next;
    }

    if (event !== undefined) event[kIsBeingDispatched] = false;
  }

  [kCreateEvent](nodeValue, type) {
    return new CustomEvent(type, { detail: nodeValue });
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    return inspectWithFields(this, this.constructor.name, {}, depth, options);
  }
}

Object.defineProperties(EventTarget.prototype, {
  addEventListener: kEnumerableProperty,
  removeEventListener: kEnumerableProperty,
  dispatchEvent: kEnumerableProperty,
});
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, {
  __proto__: null, writable: false, enumerable: false, configurable: true, value: 'EventTarget',
});
Object.defineProperty(EventTarget, kIsEventTarget, {
  __proto__: null, value: true, enumerable: false, configurable: false, writable: false,
});

function initNodeEventTarget(self) {
  initEventTarget(self);
}

// The EventEmitter-flavoured EventTarget Node's MessagePort is built on.
class NodeEventTarget extends EventTarget {
  static [kIsNodeEventTarget] = true;

  static defaultMaxListeners = 10;

  constructor() {
    super();
    initNodeEventTarget(this);
  }

  setMaxListeners(n) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    EventEmitter.setMaxListeners(n, this);
  }

  getMaxListeners() {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    return this[kMaxEventTargetListeners];
  }

  eventNames() {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    return Array.from(this[kEvents].keys());
  }

  listenerCount(type) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    const root = this[kEvents].get(String(type));
    return root !== undefined ? root.size : 0;
  }

  off(type, listener, options) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.removeEventListener(type, listener, options);
    return this;
  }

  on(type, listener) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  addListener(type, listener) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  emit(type, arg) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    validateString(type, 'type');
    const hadListeners = this.listenerCount(type) > 0;
    this[kHybridDispatch](arg, type);
    return hadListeners;
  }

  once(type, listener) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.addEventListener(type, listener, { once: true, [kIsNodeStyleListener]: true });
    return this;
  }

  removeAllListeners(type) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    if (type !== undefined) {
      this[kEvents].delete(String(type));
    } else {
      this[kEvents].clear();
    }
    return this;
  }
}
function isNodeEventTarget(obj) {
  return obj?.constructor?.[kIsNodeEventTarget];
}
Object.defineProperties(NodeEventTarget.prototype, {
  setMaxListeners: kEnumerableProperty,
  getMaxListeners: kEnumerableProperty,
  eventNames: kEnumerableProperty,
  listenerCount: kEnumerableProperty,
  off: kEnumerableProperty,
  removeListener: kEnumerableProperty,
  on: kEnumerableProperty,
  addListener: kEnumerableProperty,
  emit: kEnumerableProperty,
  once: kEnumerableProperty,
  removeAllListeners: kEnumerableProperty,
});

// on<event> attributes: the handler keeps the place in the listener list it was first given.
function makeEventHandler(handler) {
  function eventHandler(...args) {
    if (typeof eventHandler.handler !== 'function') return;
    return Reflect.apply(eventHandler.handler, this, args);
  }
  eventHandler.handler = handler;
  return eventHandler;
}

function defineEventHandler(emitter, name, event = name) {
  const propName = `on${name}`;
  function get() {
    validateThisInternalField(this, kHandlers, 'EventTarget');
    return this[kHandlers]?.get(event)?.handler ?? null;
  }
  Object.defineProperty(get, 'name', { __proto__: null, value: `get ${propName}` });
  function set(value) {
    validateThisInternalField(this, kHandlers, 'EventTarget');
    let wrapped = this[kHandlers]?.get(event);
    if (wrapped) {
      if (typeof wrapped.handler === 'function') {
        this[kEvents].get(event).size--;
        const size = this[kEvents].get(event).size;
        this[kRemoveListener](size, event, wrapped.handler, false);
      }
      wrapped.handler = value;
      if (typeof wrapped.handler === 'function') {
        this[kEvents].get(event).size++;
        const size = this[kEvents].get(event).size;
        this[kNewListener](size, event, value, false, false, false, false);
      }
    } else {
      wrapped = makeEventHandler(value);
      this.addEventListener(event, wrapped);
    }
    (this[kHandlers] ??= new SafeMap()).set(event, wrapped);
  }
  Object.defineProperty(set, 'name', { __proto__: null, value: `set ${propName}` });
  Object.defineProperty(emitter, propName, { __proto__: null, get, set, configurable: true, enumerable: true });
}

// events.getEventListeners for an EventTarget: the listeners as given (handleEvent objects too).
function getEventTargetListeners(target, type) {
  const root = target[kEvents].get(type);
  const out = [];
  let handler = root?.next;
  while (handler !== undefined) {
    out.push(handler.listener);
    handler = handler.next;
  }
  return out;
}

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  NodeEventTarget,
  defineEventHandler,
  getEventTargetListeners,
  initEventTarget,
  initNodeEventTarget,
  isEventTarget,
  kCreateEvent,
  kEvents,
  kNewListener,
  kRemoveListener,
  kTrustEvent,
  kIsNodeStyleListener,
  kResistStopPropagation,
  kWeakHandler,
  kHybridDispatch,
  inspectWithFields,
};
