'use strict';
// MessageChannel, MessagePort, BroadcastChannel and MessageEvent within one thread: messages are
// structured clones delivered in a later poll phase, in batches, as Node's ports deliver them;
// a port with a 'message' listener keeps the process alive until it is closed or unref'd.

const {
  Event,
  NodeEventTarget,
  EventTarget,
  defineEventHandler,
  kCreateEvent,
  kNewListener,
  kRemoveListener,
  kHybridDispatch,
  inspectWithFields,
} = require('internal/event_target');
const { structuredClone, cloneWithTransfer, kTransfer } = require('internal/structured_clone');
const {
  ERR_INVALID_THIS,
  ERR_MISSING_ARGS,
} = require('internal/errors').codes;
const binding = internalBinding('internal/worker/io');

const kEmptyObject = Object.freeze({ __proto__: null });
const kEnumerableProperty = { __proto__: null, enumerable: true };
const kInit = Symbol('kInit');
const kData = Symbol('kData');
const kPorts = Symbol('kPorts');

class MessageEvent extends Event {
  constructor(type, { data = null, origin = '', lastEventId = '', source = null, ports = [] } = kEmptyObject) {
    if (arguments.length === 0) throw new TypeError('MessageEvent constructor: 1 argument required, but 0 found.');
    super(type);
    this[kData] = { data, origin: `${origin}`, lastEventId: `${lastEventId}`, source, ports: [...ports] };
  }

  get data() { return dataOf(this).data; }

  get origin() { return dataOf(this).origin; }

  get lastEventId() { return dataOf(this).lastEventId; }

  get source() { return dataOf(this).source; }

  get ports() { return dataOf(this).ports; }

  initMessageEvent(type, bubbles = false, cancelable = false, data = null, origin = '', lastEventId = '',
                   source = null, ports = []) {
    this.initEvent(type, bubbles, cancelable);
    this[kData] = { data, origin: `${origin}`, lastEventId: `${lastEventId}`, source, ports: [...ports] };
  }
}
function dataOf(event) {
  const d = event?.[kData];
  if (d === undefined) throw new ERR_INVALID_THIS('MessageEvent');
  return d;
}
Object.defineProperties(MessageEvent.prototype, {
  data: kEnumerableProperty,
  origin: kEnumerableProperty,
  lastEventId: kEnumerableProperty,
  source: kEnumerableProperty,
  ports: kEnumerableProperty,
  initMessageEvent: kEnumerableProperty,
  [Symbol.toStringTag]: { __proto__: null, writable: false, enumerable: false, configurable: true, value: 'MessageEvent' },
});

const kCurrentlyReceivingPorts = Symbol('nodejs.internal.kCurrentlyReceivingPorts');

// Port state lives outside the instances.
const ports = new WeakMap();
function portOf(port) {
  const s = ports.get(port);
  if (s === undefined) throw new ERR_INVALID_THIS('MessagePort');
  return s;
}

function setRef(state, ref) {
  if (state.holdsRef === ref) return;
  state.holdsRef = ref;
  if (ref) binding.ref();
  else binding.unref();
}

function updateRef(state) {
  setRef(state, !state.closed && state.refed && state.listening);
}

class MessagePort extends NodeEventTarget {
  constructor(key = undefined) {
    if (key !== kInit) {
      // Node's C++ constructor check: a TypeError with a code
      const err = new TypeError('Constructor cannot be called');
      err.code = 'ERR_CONSTRUCT_CALL_INVALID';
      throw err;
    }
    super();
    // Node's port keeps these own properties (inspect shows them): listeners for newListener and
    // removeListener, its own kNewListener/kRemoveListener hooks and the ports being received.
    this.on('newListener', function(name) {});
    this.on('removeListener', function(name) {});
    const newListener = this[kNewListener];
    this[kNewListener] = function(size, type, ...args) {
      return Reflect.apply(newListener, this, [size, type, ...args]);
    };
    const removeListener = this[kRemoveListener];
    this[kRemoveListener] = function(size, type, ...args) {
      return Reflect.apply(removeListener, this, [size, type, ...args]);
    };
    this[kCurrentlyReceivingPorts] = undefined;
    ports.set(this, {
      peer: null,
      queue: [],
      started: false,
      closed: false,
      refed: true,
      listening: false,
      holdsRef: false,
      scheduled: false,
    });
  }

  postMessage(message = undefined, transfer = undefined) {
    const s = portOf(this);
    if (arguments.length === 0) {
      const err = new TypeError('Not enough arguments to MessagePort.postMessage');
      err.code = 'ERR_MISSING_ARGS';
      throw err;
    }
    let options;
    if (Array.isArray(transfer)) options = { transfer };
    else if (transfer !== undefined && transfer !== null) options = transfer;
    const moved = [];
    const data = cloneWithTransfer(message, options, moved);
    if (s.closed || s.peer === null) return;
    const peer = ports.get(s.peer);
    peer.queue.push(moved.length === 0 ? data : { [kPorts]: moved, data });
    scheduleDelivery(s.peer, peer);
  }

  start() {
    const s = portOf(this);
    s.started = true;
    scheduleDelivery(this, s);
  }

  ref() {
    const s = portOf(this);
    s.refed = true;
    updateRef(s);
  }

  unref() {
    const s = portOf(this);
    s.refed = false;
    updateRef(s);
  }

  hasRef() {
    const s = portOf(this);
    return s.holdsRef;
  }

  close(cb) {
    const s = portOf(this);
    if (typeof cb === 'function') this.once('close', cb);
    if (s.closed) return;
    closePort(this, s);
    if (s.peer !== null) {
      const peer = s.peer;
      const ps = ports.get(peer);
      s.peer = null;
      ps.peer = null;
      closePort(peer, ps);
    }
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    super[kNewListener](size, type, listener, once, capture, passive, weak);
    if (type === 'message') {
      const s = portOf(this);
      s.listening = true;
      updateRef(s);
      this.start();
    }
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    if (type === 'message' && size === 0) {
      const s = portOf(this);
      s.listening = false;
      updateRef(s);
    }
  }

  [kCreateEvent](data, type) {
    return new MessageEvent(type, { data });
  }

  [kTransfer]() {
    // moving a port within one thread: a new port object takes over the channel
    const s = portOf(this);
    const moved = new MessagePort(kInit);
    const ms = ports.get(moved);
    ms.peer = s.peer;
    ms.queue = s.queue;
    if (s.peer !== null) ports.get(s.peer).peer = moved;
    s.peer = null;
    s.queue = [];
    s.closed = true;
    updateRef(s);
    return moved;
  }

  [Symbol.for('nodejs.util.inspect.custom')]() {
    const s = ports.get(this);
    if (s === undefined) return this;
    // Node's form: the state, then every own property of the port, internals included
    return Object.assign({ __proto__: MessagePort.prototype },
                         s.closed ? { active: false } : { active: true, refed: s.holdsRef }, this);
  }
}
Object.defineProperties(MessagePort.prototype, {
  postMessage: kEnumerableProperty,
  start: kEnumerableProperty,
  ref: kEnumerableProperty,
  unref: kEnumerableProperty,
  hasRef: kEnumerableProperty,
  close: kEnumerableProperty,
});
defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');
// setting onmessage starts the port, as Node's does
{
  const desc = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage');
  const set = desc.set;
  Object.defineProperty(MessagePort.prototype, 'onmessage', {
    __proto__: null,
    get: desc.get,
    set: Object.getOwnPropertyDescriptor({
      set onmessage(value) {
        set.call(this, value);
        if (typeof value === 'function') this.start();
      },
    }, 'onmessage').set,
    configurable: true,
    enumerable: true,
  });
}

function closePort(port, s) {
  s.closed = true;
  updateRef(s);
  binding.schedule(() => {
    port[kHybridDispatch](undefined, 'close');
  });
}

function scheduleDelivery(port, s) {
  if (s.scheduled || !s.started || s.queue.length === 0) return;
  s.scheduled = true;
  binding.schedule(() => {
    s.scheduled = false;
    if (!s.started) return;
    // the batch queued so far is delivered even if a listener closes the port
    const batch = s.queue;
    s.queue = [];
    for (let i = 0; i < batch.length; i++) {
      const item = batch[i];
      if (item !== null && typeof item === 'object' && item[kPorts] !== undefined) {
        // a message that moved ports: its event lists them
        port[kHybridDispatch](item.data, 'message', new MessageEvent('message', { data: item.data, ports: item[kPorts] }));
      } else {
        port[kHybridDispatch](item, 'message');
      }
    }
    scheduleDelivery(port, s);
  });
}

class MessageChannel {
  constructor() {
    const port1 = new MessagePort(kInit);
    const port2 = new MessagePort(kInit);
    ports.get(port1).peer = port2;
    ports.get(port2).peer = port1;
    Object.defineProperties(this, {
      port1: { __proto__: null, value: port1, enumerable: true, configurable: true, writable: false },
      port2: { __proto__: null, value: port2, enumerable: true, configurable: true, writable: false },
    });
  }
}
Object.defineProperty(MessageChannel.prototype, Symbol.toStringTag, {
  __proto__: null, writable: false, enumerable: false, configurable: true, value: 'MessageChannel',
});

// BroadcastChannel: every open channel of a name gets what another one posts.
const channels = new Map();
const broadcast = new WeakMap();
function channelOf(bc) {
  const s = broadcast.get(bc);
  if (s === undefined) throw new ERR_INVALID_THIS('BroadcastChannel');
  return s;
}

class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    const s = { name: `${name}`, closed: false, holdsRef: false, refed: true, listening: true, queue: [], scheduled: false };
    broadcast.set(this, s);
    let set = channels.get(s.name);
    if (set === undefined) channels.set(s.name, set = new Set());
    set.add(this);
    updateRef(s);
  }

  get name() { return channelOf(this).name; }

  close() {
    const s = channelOf(this);
    if (s.closed) return;
    s.closed = true;
    updateRef(s);
    const set = channels.get(s.name);
    set.delete(this);
    if (set.size === 0) channels.delete(s.name);
  }

  postMessage(message) {
    const s = channelOf(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (s.closed) {
      const { DOMException } = require('internal/per_context/domexception');
      throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    }
    for (const other of channels.get(s.name)) {
      if (other === this) continue;
      const os = broadcast.get(other);
      os.queue.push(structuredClone(message));
      if (!os.scheduled) {
        os.scheduled = true;
        binding.schedule(() => {
          os.scheduled = false;
          const batch = os.queue;
          os.queue = [];
          if (os.closed) return;
          for (let i = 0; i < batch.length; i++) {
            other.dispatchEvent(new MessageEvent('message', { data: batch[i] }));
          }
        });
      }
    }
  }

  ref() {
    const s = channelOf(this);
    s.refed = true;
    updateRef(s);
    return this;
  }

  unref() {
    const s = channelOf(this);
    s.refed = false;
    updateRef(s);
    return this;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const s = channelOf(this);
    return inspectWithFields(this, 'BroadcastChannel', { name: s.name, active: !s.closed }, depth, options);
  }
}
Object.defineProperties(BroadcastChannel.prototype, {
  name: kEnumerableProperty,
  close: kEnumerableProperty,
  postMessage: kEnumerableProperty,
});
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');

function receiveMessageOnPort(port) {
  const s = portOf(port);
  if (s.queue.length === 0) return undefined;
  const item = s.queue.shift();
  return { message: item !== null && typeof item === 'object' && item[kPorts] !== undefined ? item.data : item };
}

module.exports = {
  MessageChannel,
  MessagePort,
  MessageEvent,
  BroadcastChannel,
  receiveMessageOnPort,
};
