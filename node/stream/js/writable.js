'use strict';
// Writable: buffering, backpressure ('drain'), cork/uncork and _writev, _final, and the
// 'prefinish' -> 'finish' -> 'close' sequence, in Node's tick order.

module.exports = Writable;
Writable.WritableState = WritableState;

const EE = require('events');
const { Stream } = require('internal/streams/legacy');
const { Buffer } = require('buffer');
const destroyImpl = require('internal/streams/destroy');
const { getHighWaterMark, getDefaultHighWaterMark } = require('internal/streams/state');
// A Buffer's (or string's) length; buf.length is slow on goja (see node/stream/stream.go).
const { chunkLength, bufferLength, viewToBuffer } = internalBinding('internal/streams/state');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_MULTIPLE_CALLBACK,
    ERR_STREAM_ALREADY_FINISHED,
    ERR_STREAM_CANNOT_PIPE,
    ERR_STREAM_DESTROYED,
    ERR_STREAM_NULL_VALUES,
    ERR_STREAM_WRITE_AFTER_END,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');

const { errorOrDestroy } = destroyImpl;
let Duplex;

Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);

function nop() {}

function WritableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') {
    if (Duplex === undefined) Duplex = require('internal/streams/duplex');
    isDuplex = stream instanceof Duplex;
  }
  // As in ReadableState: the fields Node keeps as own properties (and those that must be per
  // instance, or differ from their defaults) are set here; the defaults live on the prototype.
  if (options) {
    if (options.objectMode || isDuplex && options.writableObjectMode) this.objectMode = true;
    this.highWaterMark = getHighWaterMark(this, options, 'writableHighWaterMark', isDuplex);
    if (options.decodeStrings === false) this.decodeStrings = false;
    const defaultEncoding = options.defaultEncoding;
    if (defaultEncoding != null && defaultEncoding !== 'utf-8' && defaultEncoding !== 'utf8') {
      if (!Buffer.isEncoding(defaultEncoding)) throw new ERR_UNKNOWN_ENCODING(defaultEncoding);
      this.defaultEncoding = defaultEncoding;
    }
  } else {
    this.highWaterMark = getDefaultHighWaterMark(false);
  }
  this.length = 0;
  this.corked = 0;
  this.onwrite = makeOnwrite(stream);
  this.writelen = 0;
  this.buffered = [];
  this.bufferedIndex = 0;
  this.pendingcb = 0;
  if (options) {
    if (options.emitClose === false) this.emitClose = false;
    if (options.autoDestroy === false) this.autoDestroy = false;
  }
  this.onFinished = [];
}
WritableState.prototype.objectMode = false;
WritableState.prototype.finalCalled = false;
WritableState.prototype.needDrain = false;
WritableState.prototype.ending = false;
WritableState.prototype.ended = false;
WritableState.prototype.finished = false;
WritableState.prototype.destroyed = false;
WritableState.prototype.decodeStrings = true;
WritableState.prototype.defaultEncoding = 'utf8';
WritableState.prototype.writing = false;
// True while _write runs synchronously: its callback then defers to the next tick.
WritableState.prototype.sync = true;
WritableState.prototype.bufferProcessing = false;
WritableState.prototype.writecb = null;
WritableState.prototype.afterWriteTickInfo = null;
WritableState.prototype.afterWritePending = false;
WritableState.prototype.expectWriteCb = false;
WritableState.prototype.allBuffers = true;
WritableState.prototype.allNoop = true;
WritableState.prototype.constructed = true;
WritableState.prototype.prefinished = false;
WritableState.prototype.errorEmitted = false;
WritableState.prototype.emitClose = true;
WritableState.prototype.autoDestroy = true;
WritableState.prototype.errored = null;
WritableState.prototype.closed = false;
WritableState.prototype.closeEmitted = false;
WritableState.prototype.writable = undefined;

function resetBuffer(state) {
  state.buffered = [];
  state.bufferedIndex = 0;
  state.allBuffers = true;
  state.allNoop = true;
}

WritableState.prototype.getBuffer = function getBuffer() {
  return this.buffered.slice(this.bufferedIndex);
};

Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
  __proto__: null,
  get() { return this.buffered.length - this.bufferedIndex; },
});

function Writable(options) {
  if (!(this instanceof Writable)) return new Writable(options);
  const isDuplex = this._readableState !== undefined;
  this._events = this._events || {
    close: undefined,
    error: undefined,
    prefinish: undefined,
    finish: undefined,
    drain: undefined,
  };
  this._writableState = new WritableState(options, this, isDuplex);
  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
  }
  Stream.call(this, options);
  if (this._construct != null) {
    destroyImpl.construct(this, () => {
      const state = this._writableState;
      if (!state.writing) clearBuffer(this, state);
      finishMaybe(this, state);
    });
  }
}

// Duplex instances count as Writable although they inherit from Readable.
Object.defineProperty(Writable, Symbol.hasInstance, {
  __proto__: null,
  value: function(object) {
    if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
    if (this !== Writable) return false;
    return !!(object && object._writableState instanceof WritableState);
  },
});

Writable.prototype.pipe = function() {
  errorOrDestroy(this, new ERR_STREAM_CANNOT_PIPE());
};

function _write(stream, chunk, encoding, cb) {
  const state = stream._writableState;
  if (typeof cb !== 'function') cb = nop;
  if (chunk === null) throw new ERR_STREAM_NULL_VALUES();

  let len = 1;
  let converted;
  if (!state.objectMode) {
    if (encoding && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    len = bufferLength(chunk);
    if (len >= 0) {
      encoding = 'buffer';
    } else if ((converted = viewToBuffer(chunk)) !== undefined) {
      // A Uint8Array that is not a Buffer becomes one natively.
      chunk = converted;
      encoding = 'buffer';
    } else if (typeof chunk === 'string') {
      if (!encoding) encoding = state.defaultEncoding;
      if (encoding === 'buffer') throw new ERR_UNKNOWN_ENCODING(encoding);
      if (state.decodeStrings) {
        chunk = Buffer.from(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (chunk instanceof Buffer) {
      encoding = 'buffer';
    } else if (ArrayBuffer.isView(chunk)) {
      chunk = viewToBuffer(chunk) || Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      encoding = 'buffer';
    } else {
      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (len < 0) len = chunkLength(chunk);
  }

  let err;
  if (state.ending) err = new ERR_STREAM_WRITE_AFTER_END();
  else if (state.destroyed) err = new ERR_STREAM_DESTROYED('write');
  if (err) {
    process.nextTick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }
  state.pendingcb++;

  // Node's writeOrBuffer, written out here: this runs for every chunk written.
  state.length += len;
  if (state.writing || state.corked || state.errored || !state.constructed) {
    state.buffered.push({ chunk, encoding, callback: cb });
    if (state.allBuffers && encoding !== 'buffer') state.allBuffers = false;
    if (state.allNoop && cb !== nop) state.allNoop = false;
  } else {
    state.writelen = len;
    if (cb !== nop) state.writecb = cb;
    else if (state.writecb !== null) state.writecb = null;
    state.writing = true;
    state.sync = true;
    state.expectWriteCb = true;
    stream._write(chunk, encoding, state.onwrite);
    state.sync = false;
  }

  // Measured after a synchronous _write has completed, as Node does.
  const ret = state.length < state.highWaterMark || state.length === 0;
  if (!ret) state.needDrain = true;
  return ret && !state.destroyed && !state.errored;
}

Writable.prototype.write = function(chunk, encoding, cb) {
  if (encoding != null && typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  return _write(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function() {
  this._writableState.corked++;
};

Writable.prototype.uncork = function() {
  const state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.writing) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!Buffer.isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  state.writecb = cb === nop ? null : cb;
  state.writing = true;
  state.sync = true;
  state.expectWriteCb = true;
  if (state.destroyed) state.onwrite(new ERR_STREAM_DESTROYED('write'));
  else if (writev) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state.sync = false;
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  errorBuffer(state);
  errorOrDestroy(stream, er);
}

// state.onwrite: the callback of every _write. The closure is the whole function, not a call
// to a shared one: it runs for every chunk written.
function makeOnwrite(stream) {
  return (er) => {
    const state = stream._writableState;
    if (!state.expectWriteCb) {
      errorOrDestroy(stream, new ERR_MULTIPLE_CALLBACK());
      return;
    }
    const sync = state.sync;
    const writecb = state.writecb;
    const cb = writecb || nop;
    if (writecb !== null) state.writecb = null;
    state.writing = false;
    state.expectWriteCb = false;
    state.length -= state.writelen;
    state.writelen = 0;

    if (er) {
      er.stack; // eslint-disable-line no-unused-expressions
      if (!state.errored) state.errored = er;
      if (stream._readableState && !stream._readableState.errored) stream._readableState.errored = er;
      if (sync) process.nextTick(onwriteError, stream, state, er, cb);
      else onwriteError(stream, state, er, cb);
      return;
    }

    if (state.buffered.length > state.bufferedIndex) clearBuffer(stream, state);

    if (!sync) {
      afterWrite(stream, state, 1, cb);
      return;
    }
    // A synchronous completion defers the user's callback (and 'drain') to a tick; without a
    // callback or a pending 'drain' nothing needs that tick. Callbacks of consecutive
    // synchronous writes share one tick.
    const needDrain = state.needDrain && state.length === 0;
    const needTick = needDrain || state.destroyed || cb !== nop;
    if (cb === nop) {
      if (!state.afterWritePending && needTick) {
        process.nextTick(afterWrite, stream, state, 1, cb);
        state.afterWritePending = true;
      } else {
        state.pendingcb--;
        if (state.ending) finishMaybe(stream, state, true);
      }
    } else if (state.afterWriteTickInfo !== null && state.afterWriteTickInfo.cb === cb) {
      state.afterWriteTickInfo.count++;
    } else if (needTick) {
      state.afterWriteTickInfo = { count: 1, cb, stream, state };
      process.nextTick(afterWriteTick, state.afterWriteTickInfo);
      state.afterWritePending = true;
    } else {
      state.pendingcb--;
      if (state.ending) finishMaybe(stream, state, true);
    }
  };
}

function afterWriteTick(info) {
  info.state.afterWriteTickInfo = null;
  return afterWrite(info.stream, info.state, info.count, info.cb);
}

function afterWrite(stream, state, count, cb) {
  state.afterWritePending = false;
  const needDrain = !state.ending && !state.destroyed && state.needDrain && state.length === 0;
  if (needDrain) {
    state.needDrain = false;
    stream.emit('drain');
  }
  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }
  if (state.destroyed) errorBuffer(state);
  if (state.ending) finishMaybe(stream, state, true);
}

function errorBuffer(state) {
  if (state.writing) return;
  for (let n = state.bufferedIndex; n < state.buffered.length; ++n) {
    const { chunk, callback } = state.buffered[n];
    const len = state.objectMode ? 1 : chunk.length;
    state.length -= len;
    callback(state.errored != null ? state.errored : new ERR_STREAM_DESTROYED('write'));
  }
  callFinishedCallbacks(state, state.errored != null ? state.errored : new ERR_STREAM_DESTROYED('end'));
  resetBuffer(state);
}

function clearBuffer(stream, state) {
  if (state.corked || state.bufferProcessing || state.destroyed || !state.constructed) return;
  const { buffered, bufferedIndex, objectMode } = state;
  const bufferedLength = buffered.length - bufferedIndex;
  if (!bufferedLength) return;

  let i = bufferedIndex;
  state.bufferProcessing = true;
  if (bufferedLength > 1 && stream._writev) {
    state.pendingcb -= bufferedLength - 1;
    const callback = state.allNoop ? nop : (err) => {
      for (let n = i; n < buffered.length; ++n) buffered[n].callback(err);
    };
    const chunks = state.allNoop && i === 0 ? buffered : buffered.slice(i);
    chunks.allBuffers = state.allBuffers;
    doWrite(stream, state, true, state.length, chunks, '', callback);
    resetBuffer(state);
  } else {
    do {
      const { chunk, encoding, callback } = buffered[i];
      buffered[i++] = null;
      const len = objectMode ? 1 : chunkLength(chunk);
      doWrite(stream, state, false, len, chunk, encoding, callback);
    } while (i < buffered.length && !state.writing);
    if (i === buffered.length) {
      resetBuffer(state);
    } else if (i > 256) {
      buffered.splice(0, i);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = i;
    }
  }
  state.bufferProcessing = false;
}

Writable.prototype._write = function(chunk, encoding, cb) {
  if (this._writev) {
    this._writev([{ chunk, encoding }], cb);
  } else {
    throw new ERR_METHOD_NOT_IMPLEMENTED('_write()');
  }
};

Writable.prototype._writev = null;

Writable.prototype.end = function(chunk, encoding, cb) {
  const state = this._writableState;
  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }

  let err;
  if (chunk != null) {
    const ret = _write(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }

  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }

  if (err) {
    // The write already reported it.
  } else if (!state.errored && !state.ending) {
    state.ending = true;
    finishMaybe(this, state, true);
    state.ended = true;
  } else if (state.finished) {
    err = new ERR_STREAM_ALREADY_FINISHED('end');
  } else if (state.destroyed) {
    err = new ERR_STREAM_DESTROYED('end');
  }

  if (typeof cb === 'function') {
    if (err) process.nextTick(cb, err);
    else if (state.errored) process.nextTick(cb, state.errored);
    else if (state.finished) process.nextTick(cb, null);
    else state.onFinished.push(cb);
  }
  return this;
};

function needFinish(state) {
  return state.ending &&
    !state.destroyed &&
    state.constructed &&
    state.length === 0 &&
    !state.errored &&
    state.buffered.length === 0 &&
    !state.finished &&
    !state.writing &&
    !state.errorEmitted &&
    !state.closeEmitted;
}

function onFinal(stream, state, err) {
  if (state.prefinished) {
    errorOrDestroy(stream, err != null ? err : new ERR_MULTIPLE_CALLBACK());
    return;
  }
  state.pendingcb--;
  if (err) {
    callFinishedCallbacks(state, err);
    errorOrDestroy(stream, err, state.sync);
  } else if (needFinish(state)) {
    state.prefinished = true;
    stream.emit('prefinish');
    // 'finish' comes a tick after the _final callback, even a synchronous one.
    state.pendingcb++;
    process.nextTick(finish, stream, state);
  }
}

function prefinish(stream, state) {
  if (state.prefinished || state.finalCalled) return;
  if (typeof stream._final === 'function' && !state.destroyed) {
    state.finalCalled = true;
    state.sync = true;
    state.pendingcb++;
    try {
      stream._final((err) => onFinal(stream, state, err));
    } catch (err) {
      onFinal(stream, state, err);
    }
    state.sync = false;
  } else {
    state.finalCalled = true;
    state.prefinished = true;
    stream.emit('prefinish');
  }
}

function finishMaybe(stream, state, sync) {
  if (needFinish(state)) {
    prefinish(stream, state);
    if (state.pendingcb === 0) {
      if (sync) {
        state.pendingcb++;
        process.nextTick(finishIfNeeded, stream, state);
      } else if (needFinish(state)) {
        state.pendingcb++;
        finish(stream, state);
      }
    }
  }
}

function finishIfNeeded(stream, state) {
  if (needFinish(state)) finish(stream, state);
  else state.pendingcb--;
}

function finish(stream, state) {
  state.pendingcb--;
  state.finished = true;
  callFinishedCallbacks(state, null);
  stream.emit('finish');
  if (state.autoDestroy) {
    // A duplex is destroyed only once its readable side has ended as well.
    const rState = stream._readableState;
    const autoDestroy = !rState ||
      (rState.autoDestroy && (rState.endEmitted || rState.readable === false));
    if (autoDestroy) stream.destroy();
  }
}

function callFinishedCallbacks(state, err) {
  if (state.onFinished.length === 0) return;
  const onfinishCallbacks = state.onFinished;
  state.onFinished = [];
  for (let i = 0; i < onfinishCallbacks.length; i++) onfinishCallbacks[i](err);
}

function defineGetters(proto, getters) {
  for (const name of Object.keys(getters)) {
    const d = getters[name];
    Object.defineProperty(proto, name, {
      __proto__: null,
      get: d.get,
      set: d.set,
      enumerable: false,
      configurable: true,
    });
  }
}

const writableGetters = {
  closed: {
    get() { return this._writableState ? this._writableState.closed : false; },
  },
  destroyed: {
    get() { return this._writableState ? this._writableState.destroyed : false; },
    set(value) {
      if (this._writableState) this._writableState.destroyed = value;
    },
  },
  writable: {
    get() {
      const w = this._writableState;
      return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
    },
    set(val) {
      if (this._writableState) this._writableState.writable = !!val;
    },
  },
  writableFinished: {
    get() { return this._writableState ? this._writableState.finished : false; },
  },
  writableObjectMode: {
    get() { return this._writableState ? this._writableState.objectMode : false; },
  },
  writableBuffer: {
    get() { return this._writableState && this._writableState.getBuffer(); },
  },
  writableEnded: {
    get() { return this._writableState ? this._writableState.ending : false; },
  },
  writableNeedDrain: {
    get() {
      const w = this._writableState;
      if (!w) return false;
      return !w.destroyed && !w.ending && w.needDrain;
    },
  },
  writableHighWaterMark: {
    get() { return this._writableState && this._writableState.highWaterMark; },
  },
  writableCorked: {
    get() { return this._writableState ? this._writableState.corked : 0; },
  },
  writableLength: {
    get() { return this._writableState && this._writableState.length; },
  },
  errored: {
    get() { return this._writableState ? this._writableState.errored : null; },
  },
  writableAborted: {
    get() {
      const w = this._writableState;
      return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
    },
  },
};
defineGetters(Writable.prototype, writableGetters);

const destroy = destroyImpl.destroy;
Writable.prototype.destroy = function(err, cb) {
  const state = this._writableState;
  if (!state.destroyed &&
      (state.bufferedIndex < state.buffered.length || state.onFinished.length)) {
    process.nextTick(errorBuffer, state);
  }
  destroy.call(this, err, cb);
  return this;
};

Writable.prototype._undestroy = destroyImpl.undestroy;
Writable.prototype._destroy = function(err, cb) { cb(err); };
Writable.prototype[EE.captureRejectionSymbol] = function(err) { this.destroy(err); };

Writable.fromWeb = function(writableStream, options) {
  return require('internal/webstreams/adapters').newStreamWritableFromWritableStream(writableStream, options);
};

Writable.toWeb = function(streamWritable) {
  return require('internal/webstreams/adapters').newWritableStreamFromStreamWritable(streamWritable);
};

// Duplex's construct callback flushes writes the way Writable's does.
Object.defineProperty(Writable, '_onConstructed', {
  __proto__: null,
  value(stream, state) {
    if (!state.writing) clearBuffer(stream, state);
    finishMaybe(stream, state);
  },
  enumerable: false,
});

if (typeof Symbol.asyncDispose === 'symbol') {
  Writable.prototype[Symbol.asyncDispose] = async function() {
    let error;
    if (!this.destroyed) {
      error = this.writableFinished ? null : new (require('internal/errors').AbortError)();
      this.destroy(error);
    }
    const { eos } = require('internal/streams/end-of-stream');
    await new Promise((resolve, reject) => {
      eos(this, (err) => (err && err.name !== 'AbortError' ? reject(err) : resolve(null)));
    });
  };
}

// util.inspect shows a WritableState as Node's does: the own fields it keeps as properties and
// the others folded into the Symbol(kState) bit field, with the same bit positions.
const kStateSym = Symbol('kState');
const kBufferedValue = Symbol('kBufferedValue');
const kErroredValue = Symbol('kErroredValue');
const kDefaultEncodingValue = Symbol('kDefaultEncodingValue');
const writableBits = [
  'objectMode', 'errorEmitted', 'autoDestroy', 'emitClose', 'destroyed', 'closed', 'closeEmitted',
  'errored', 'constructed', 'sync', 'finalCalled', 'needDrain', 'ending', 'finished',
  'decodeStrings', 'writing', 'bufferProcessing', 'prefinished', 'allBuffers', 'allNoop',
];
function WritableStateView() {}
Object.defineProperty(WritableStateView, 'name', { value: 'WritableState' });
WritableState.prototype[Symbol.for('nodejs.util.inspect.custom')] = function() {
  let bits = 0;
  for (let i = 0; i < writableBits.length; i++) if (this[writableBits[i]]) bits |= 1 << i;
  if (this.onFinished.length) bits |= 1 << 20;
  if (this.writable !== undefined) bits |= 1 << 21;
  if (this.writable) bits |= 1 << 22;
  if (this.corked) bits |= 1 << 23;
  if (this.defaultEncoding === 'utf8') bits |= 1 << 24;
  if (this.writecb) bits |= 1 << 25;
  if (this.expectWriteCb) bits |= 1 << 26;
  if (this.afterWriteTickInfo) bits |= 1 << 27;
  if (this.afterWritePending) bits |= 1 << 28;
  if (this.buffered.length) bits |= 1 << 29;
  if (this.ended) bits |= 1 << 30;
  const view = new WritableStateView();
  view.highWaterMark = this.highWaterMark;
  view.length = this.length;
  view.corked = this.corked;
  view.onwrite = this.onwrite;
  view.writelen = this.writelen;
  view.bufferedIndex = this.bufferedIndex;
  view.pendingcb = this.pendingcb;
  view[kStateSym] = bits;
  view[kBufferedValue] = this.buffered.length ? this.buffered : null;
  if (this.errored) view[kErroredValue] = this.errored;
  if (this.defaultEncoding !== 'utf8') view[kDefaultEncodingValue] = this.defaultEncoding;
  return view;
};
