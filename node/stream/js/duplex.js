'use strict';
// Duplex: a Readable that is also a Writable (instanceof both), with allowHalfOpen deciding
// whether the end of the readable side ends the writable one.

module.exports = Duplex;

const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const destroyImpl = require('internal/streams/destroy');

Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

{
  const keys = Object.keys(Writable.prototype);
  for (let i = 0; i < keys.length; i++) {
    const method = keys[i];
    if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
  }
}
// Writable's destroy also fails the pending writes; a duplex needs that too.
Duplex.prototype.destroy = Writable.prototype.destroy;

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  this._events = this._events || {
    close: undefined,
    error: undefined,
    prefinish: undefined,
    finish: undefined,
    drain: undefined,
    data: undefined,
    end: undefined,
    readable: undefined,
  };
  this._readableState = new Readable.ReadableState(options, this, true);
  this._writableState = new Writable.WritableState(options, this, true);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) {
      require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
    }
  } else {
    this.allowHalfOpen = true;
  }
  require('internal/streams/legacy').Stream.call(this, options);
  if (this._construct != null) {
    destroyImpl.construct(this, () => {
      const r = this._readableState;
      if (r.needReadable) Readable._onConstructed(this, r);
      Writable._onConstructed(this, this._writableState);
    });
  }
}

function copyGetter(name, from) {
  const d = Object.getOwnPropertyDescriptor(from, name);
  Object.defineProperty(Duplex.prototype, name, { __proto__: null, ...d });
}
for (const name of ['writable', 'writableHighWaterMark', 'writableObjectMode', 'writableBuffer',
  'writableLength', 'writableFinished', 'writableCorked', 'writableEnded', 'writableNeedDrain']) {
  copyGetter(name, Writable.prototype);
}

Object.defineProperty(Duplex.prototype, 'destroyed', {
  __proto__: null,
  get() {
    if (this._readableState === undefined || this._writableState === undefined) return false;
    return this._readableState.destroyed && this._writableState.destroyed;
  },
  set(value) {
    if (this._readableState && this._writableState) {
      this._readableState.destroyed = value;
      this._writableState.destroyed = value;
    }
  },
  enumerable: false,
  configurable: true,
});

let webStreamsAdapters;
function lazyWebStreams() {
  if (webStreamsAdapters === undefined) webStreamsAdapters = require('internal/webstreams/adapters');
  return webStreamsAdapters;
}

Duplex.fromWeb = function(pair, options) {
  return lazyWebStreams().newStreamDuplexFromReadableWritablePair(pair, options);
};

Duplex.toWeb = function(duplex) {
  return lazyWebStreams().newReadableWritablePairFromDuplex(duplex);
};

let duplexify;
Duplex.from = function(body) {
  if (!duplexify) duplexify = require('internal/streams/duplexify');
  return duplexify(body, 'body');
};
