'use strict';
// Readable: the buffered pull stream. The algorithms follow Node's event order exactly
// (which tick 'readable', 'data', 'end' and 'close' happen in is observable and tested);
// state lives in plain properties because accessor-backed bit fields are slow on goja.

module.exports = Readable;
Readable.ReadableState = ReadableState;

const EE = require('events');
const { Stream, prependListener } = require('internal/streams/legacy');
const { Buffer } = require('buffer');
const destroyImpl = require('internal/streams/destroy');
const { getHighWaterMark, getDefaultHighWaterMark } = require('internal/streams/state');
// A Buffer's (or string's) length; buf.length is slow on goja (see node/stream/stream.go).
const { chunkLength, bufferLength, viewToBuffer } = internalBinding('internal/streams/state');
const {
  aggregateTwoErrors,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
    ERR_STREAM_PUSH_AFTER_EOF,
    ERR_STREAM_UNSHIFT_AFTER_END_EVENT,
    ERR_UNKNOWN_ENCODING,
  },
  AbortError,
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const { makeQueue, AsyncGeneratorPrototype } = require('internal/streams/asyncgen');

let StringDecoder;
let from;
let Duplex;
let eos;
let addAbortSignalValidated;

Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);
const nop = () => {};
// null until pause() or resume() is called; the public 'paused' reads it as a boolean.
const kPaused = Symbol('kPaused');
const { errorOrDestroy } = destroyImpl;

function ReadableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') {
    if (Duplex === undefined) Duplex = require('internal/streams/duplex');
    isDuplex = stream instanceof Duplex;
  }
  // Only the fields Node keeps as own properties, and those that differ from their defaults,
  // are set here: the defaults live on the prototype (see below), since every property a
  // constructor adds costs goja a map insertion, and http makes one of these per request.
  if (options) {
    if (options.objectMode || isDuplex && options.readableObjectMode) this.objectMode = true;
    this.highWaterMark = getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex);
  } else {
    this.highWaterMark = getDefaultHighWaterMark(false);
  }
  this.buffer = [];
  this.bufferIndex = 0;
  this.length = 0;
  this.pipes = [];
  this.awaitDrainWriters = null;
  if (options) {
    if (options.emitClose === false) this.emitClose = false;
    if (options.autoDestroy === false) this.autoDestroy = false;
    const defaultEncoding = options.defaultEncoding;
    if (defaultEncoding != null && defaultEncoding !== 'utf8' && defaultEncoding !== 'utf-8') {
      if (!Buffer.isEncoding(defaultEncoding)) throw new ERR_UNKNOWN_ENCODING(defaultEncoding);
      this.defaultEncoding = defaultEncoding;
    }
    if (options.encoding) {
      if (StringDecoder === undefined) StringDecoder = require('string_decoder').StringDecoder;
      this.decoder = new StringDecoder(options.encoding);
      this.encoding = options.encoding;
    }
  }
}
ReadableState.prototype.objectMode = false;
ReadableState.prototype.multiAwaitDrain = false;
ReadableState.prototype.flowing = null;
ReadableState.prototype.ended = false;
ReadableState.prototype.endEmitted = false;
ReadableState.prototype.reading = false;
ReadableState.prototype.constructed = true;
// While _read runs synchronously a push must not emit 'readable' in the same tick.
ReadableState.prototype.sync = true;
ReadableState.prototype.needReadable = false;
ReadableState.prototype.emittedReadable = false;
ReadableState.prototype.readableListening = false;
ReadableState.prototype.resumeScheduled = false;
ReadableState.prototype[kPaused] = null;
ReadableState.prototype.emitClose = true;
ReadableState.prototype.autoDestroy = true;
ReadableState.prototype.destroyed = false;
ReadableState.prototype.errored = null;
ReadableState.prototype.closed = false;
ReadableState.prototype.closeEmitted = false;
ReadableState.prototype.errorEmitted = false;
ReadableState.prototype.defaultEncoding = 'utf8';
ReadableState.prototype.readingMore = false;
ReadableState.prototype.dataEmitted = false;
ReadableState.prototype.dataListening = false;
ReadableState.prototype.endScheduled = false;
ReadableState.prototype.decoder = null;
ReadableState.prototype.encoding = null;

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  this._events = this._events || {
    close: undefined,
    error: undefined,
    data: undefined,
    end: undefined,
    readable: undefined,
  };
  this._readableState = new ReadableState(options, this, false);
  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) addAbortSignal(options.signal, this);
  }
  Stream.call(this, options);
  if (this._construct != null) {
    destroyImpl.construct(this, () => {
      if (this._readableState.needReadable) maybeReadMore(this, this._readableState);
    });
  }
}

function addAbortSignal(signal, stream) {
  if (addAbortSignalValidated === undefined) {
    addAbortSignalValidated = require('internal/streams/add-abort-signal').addAbortSignal;
  }
  addAbortSignalValidated(signal, stream);
}

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function(err, cb) { cb(err); };
Readable.prototype[EE.captureRejectionSymbol] = function(err) { this.destroy(err); };

if (typeof Symbol.asyncDispose === 'symbol') {
  Readable.prototype[Symbol.asyncDispose] = async function() {
    let error;
    if (!this.destroyed) {
      error = this.readableEnded ? null : new AbortError();
      this.destroy(error);
    }
    if (eos === undefined) eos = require('internal/streams/end-of-stream').eos;
    await new Promise((resolve, reject) => {
      eos(this, (err) => (err && err !== error ? reject(err) : resolve(null)));
    });
  };
}

// Byte mode is written out here rather than called: push runs for every chunk.
Readable.prototype.push = function(chunk, encoding) {
  const state = this._readableState;
  if (state.objectMode) return pushObjectMode(this, state, chunk);
  const stream = this;
  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
    return false;
  }
  let len = bufferLength(chunk);
  let converted;
  if (len >= 0) {
    encoding = '';
  } else if ((converted = viewToBuffer(chunk)) !== undefined) {
    // A Uint8Array that is not a Buffer (the common non-Buffer chunk) becomes one natively.
    chunk = converted;
    len = chunkLength(chunk);
    encoding = '';
  } else {
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (state.encoding !== encoding) {
        chunk = Buffer.from(chunk, encoding);
        encoding = '';
      }
    } else if (chunk instanceof Buffer) {
      encoding = '';
    } else if (ArrayBuffer.isView(chunk)) {
      chunk = viewToBuffer(chunk) || Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      encoding = '';
    } else if (chunk !== undefined) {
      return invalidChunk(stream, chunk);
    }
    len = chunk ? chunkLength(chunk) : 0;
  }
  if (len <= 0) {
    state.reading = false;
    maybeReadMore(stream, state);
    return canPushMore(state);
  }
  if (state.ended) {
    errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
    return false;
  }
  if (state.destroyed || state.errored) return false;

  // Written only when set: a write costs goja more than a read.
  if (state.reading) state.reading = false;
  if (state.decoder !== null && !encoding) {
    chunk = state.decoder.write(chunk);
    len = chunk.length;
    if (len === 0) {
      maybeReadMore(stream, state);
      return canPushMore(state);
    }
  }
  addChunk(stream, state, chunk, len, false);
  // canPushMore, inline.
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
};

Readable.prototype.unshift = function(chunk, encoding) {
  const state = this._readableState;
  return state.objectMode ?
    unshiftObjectMode(this, state, chunk) :
    unshiftByteMode(this, state, chunk, encoding);
};

function invalidChunk(stream, chunk) {
  errorOrDestroy(stream, new ERR_INVALID_ARG_TYPE(
    'chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk));
  return false;
}

function unshiftByteMode(stream, state, chunk, encoding) {
  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
    return false;
  }
  if (typeof chunk === 'string') {
    encoding = encoding || state.defaultEncoding;
    if (state.encoding !== encoding) {
      // With an encoding set, the buffer holds strings in that encoding.
      chunk = state.encoding ?
        Buffer.from(chunk, encoding).toString(state.encoding) :
        Buffer.from(chunk, encoding);
    }
  } else if (ArrayBuffer.isView(chunk)) {
    if (!(chunk instanceof Buffer)) chunk = viewToBuffer(chunk) || Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  } else if (chunk !== undefined) {
    return invalidChunk(stream, chunk);
  }
  const len = chunk ? chunkLength(chunk) : 0;
  if (!(len > 0)) return canPushMore(state);
  return unshiftValue(stream, state, chunk, len);
}

function unshiftObjectMode(stream, state, chunk) {
  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
    return false;
  }
  return unshiftValue(stream, state, chunk, 1);
}

function unshiftValue(stream, state, chunk, len) {
  if (state.endEmitted) errorOrDestroy(stream, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
  else if (state.destroyed || state.errored) return false;
  else addChunk(stream, state, chunk, len, true);
  return canPushMore(state);
}

function pushObjectMode(stream, state, chunk) {
  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
    return false;
  }
  if (state.ended) {
    errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
    return false;
  }
  if (state.destroyed || state.errored) return false;
  state.reading = false;
  if (state.decoder !== null) chunk = state.decoder.write(chunk);
  addChunk(stream, state, chunk, 1, false);
  return canPushMore(state);
}

// More may be pushed below highWaterMark, and always into an empty buffer (hwm 0).
function canPushMore(state) {
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

// len is the chunk's length (1 in object mode), which the caller already knows.
function addChunk(stream, state, chunk, len, addToFront) {
  if (state.flowing && state.dataListening && !state.sync && state.length === 0) {
    // Flowing with nothing buffered: hand the chunk straight to 'data'.
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else if (state.awaitDrainWriters !== null) state.awaitDrainWriters = null;
    if (!state.dataEmitted) state.dataEmitted = true;
    stream.emit('data', chunk);
  } else {
    state.length += len;
    if (addToFront) {
      if (state.bufferIndex > 0) state.buffer[--state.bufferIndex] = chunk;
      else state.buffer.unshift(chunk);
    } else {
      state.buffer.push(chunk);
    }
    if (state.needReadable) emitReadable(stream);
  }
  // maybeReadMore, inline: this runs for every chunk pushed.
  if (!state.readingMore && !state.reading && state.constructed) {
    state.readingMore = true;
    process.nextTick(maybeReadMore_, stream, state);
  }
}

Readable.prototype.isPaused = function() {
  const state = this._readableState;
  return state[kPaused] === true || state.flowing === false;
};

Readable.prototype.setEncoding = function(enc) {
  if (StringDecoder === undefined) StringDecoder = require('string_decoder').StringDecoder;
  const decoder = new StringDecoder(enc);
  const state = this._readableState;
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  let content = '';
  for (let i = state.bufferIndex; i < state.buffer.length; i++) content += decoder.write(state.buffer[i]);
  if (state.ended) content += decoder.end();
  state.buffer.length = 0;
  state.bufferIndex = 0;
  if (content !== '') state.buffer.push(content);
  state.length = content.length;
  return this;
};

const MAX_HWM = 0x40000000;
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) throw new ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  n++;
  return n;
}

function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (n !== n) {
    // read() with no size: everything, or one chunk at a time while flowing.
    if (state.flowing && state.length) {
      // One chunk buffered (the usual case while flowing) is all of state.length.
      const idx = state.bufferIndex;
      return state.buffer.length - idx === 1 ? state.length : chunkLength(state.buffer[idx]);
    }
    return state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

Readable.prototype.read = function(n) {
  if (n === undefined) {
    n = NaN;
  } else if (!Number.isInteger(n)) {
    n = Number.parseInt(n, 10);
  }
  const state = this._readableState;
  const nOrig = n;

  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
  if (n !== 0 && state.emittedReadable) state.emittedReadable = false;

  // read(0) with enough buffered (or at the end) only triggers 'readable'/'end'.
  if (n === 0 && state.needReadable &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) ||
       state.ended)) {
    if (state.length === 0 && state.ended) endReadable(this);
    else emitReadable(this);
    return null;
  }

  n = howMuchToRead(n, state);

  if (n === 0 && state.ended) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  let doRead = state.needReadable;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;

  if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) {
    doRead = false;
  } else if (doRead) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state.sync = false;
    // A synchronous push in _read may have made data available.
    if (!state.reading) n = howMuchToRead(nOrig, state);
  }

  let ret;
  if (n > 0) ret = fromList(n, state);
  else ret = null;

  if (ret === null) {
    if (state.length <= state.highWaterMark) state.needReadable = true;
    n = 0;
  } else {
    state.length -= n;
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else if (state.awaitDrainWriters !== null) state.awaitDrainWriters = null;
  }

  if (state.length === 0) {
    if (!state.ended && !state.needReadable) state.needReadable = true;
    if (nOrig !== n && state.ended) endReadable(this);
  }

  if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
    if (!state.dataEmitted) state.dataEmitted = true;
    this.emit('data', ret);
  }
  return ret;
};

function onEofChunk(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    const chunk = state.decoder.end();
    if (chunk && chunk.length) {
      state.buffer.push(chunk);
      state.length += state.objectMode ? 1 : chunk.length;
    }
  }
  state.ended = true;
  if (state.sync) {
    emitReadable(stream);
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadable_(stream);
  }
}

function emitReadable(stream) {
  const state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    process.nextTick(emitReadable_, stream);
  }
}

function emitReadable_(stream) {
  const state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }
  if (!state.flowing && !state.ended && state.length <= state.highWaterMark) state.needReadable = true;
  flow(stream);
}

function maybeReadMore(stream, state) {
  if (!state.readingMore && !state.reading && state.constructed) {
    state.readingMore = true;
    process.nextTick(maybeReadMore_, stream, state);
  }
}

function maybeReadMore_(stream, state) {
  // Fill the buffer up to highWaterMark ahead of demand, stopping when _read stops pushing
  // synchronously.
  while (!state.reading && !state.ended &&
         (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    const len = state.length;
    stream.read(0);
    if (len === state.length) break;
  }
  state.readingMore = false;
}

Readable.prototype._read = function(n) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

Readable.prototype.pipe = function(dest, pipeOpts) {
  const src = this;
  const state = this._readableState;

  if (state.pipes.length === 1 && !state.multiAwaitDrain) {
    state.multiAwaitDrain = true;
    state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  state.pipes.push(dest);

  const doEnd = (!pipeOpts || pipeOpts.end !== false) &&
    dest !== process.stdout && dest !== process.stderr;
  const endFn = doEnd ? onend : unpipe;
  if (state.endEmitted) process.nextTick(endFn);
  else src.once('end', endFn);

  dest.on('unpipe', onunpipe);
  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }

  function onend() {
    dest.end();
  }

  let ondrain;
  let cleanedUp = false;
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;
    // A destination that was awaited for 'drain' must not keep the source paused forever.
    if (ondrain && state.awaitDrainWriters &&
        (!dest._writableState || dest._writableState.needDrain)) {
      ondrain();
    }
  }

  function pause() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state.multiAwaitDrain = false;
      } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = pipeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  }

  src.on('data', ondata);
  function ondata(chunk) {
    try {
      const ret = dest.write(chunk);
      if (ret === false) pause();
    } catch (error) {
      dest.destroy(error);
    }
  }

  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, er);
      else dest.emit('error', er);
    }
  }
  prependListener(dest, 'error', onerror);

  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  dest.once('close', onclose);
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  dest.once('finish', onfinish);

  function unpipe() {
    src.unpipe(dest);
  }

  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) {
    pause();
  } else if (!state.flowing) {
    src.resume();
  }
  return dest;
};

function pipeOnDrain(src, dest) {
  return function pipeOnDrainFunctionResult() {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) {
      state.awaitDrainWriters = null;
    } else if (state.multiAwaitDrain) {
      state.awaitDrainWriters.delete(dest);
    }
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) && state.dataListening) {
      src.resume();
    }
  };
}

Readable.prototype.unpipe = function(dest) {
  const state = this._readableState;
  const unpipeInfo = { hasUnpiped: false };
  if (state.pipes.length === 0) return this;
  if (!dest) {
    const dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (let i = 0; i < dests.length; i++) dests[i].emit('unpipe', this, { hasUnpiped: false });
    return this;
  }
  const index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, unpipeInfo);
  return this;
};

Readable.prototype.on = function(ev, fn) {
  const res = Stream.prototype.on.call(this, ev, fn);
  const state = this._readableState;
  if (ev === 'data') {
    state.dataListening = true;
    if (this.listenerCount('readable') > 0) state.readableListening = true;
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) emitReadable(this);
      else if (!state.reading) process.nextTick(nReadingNextTick, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function(ev, fn) {
  const res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') process.nextTick(updateReadableListening, this);
  else if (ev === 'data' && this.listenerCount('data') === 0) this._readableState.dataListening = false;
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function(ev) {
  const res = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (ev === 'readable' || ev === undefined) process.nextTick(updateReadableListening, this);
  return res;
};

function updateReadableListening(self) {
  const state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;
  if (state.resumeScheduled && state[kPaused] === false) {
    // A resume() is already on its way: flowing again once it runs.
    state.flowing = true;
  } else if (state.dataListening) {
    self.resume();
  } else if (!state.readableListening) {
    state.flowing = null;
  }
}

function nReadingNextTick(self) {
  self.read(0);
}

Readable.prototype.resume = function() {
  const state = this._readableState;
  if (!state.flowing) {
    // With 'readable' listeners the stream stays paused; resume() then only schedules a read.
    state.flowing = !state.readableListening;
    resume(this, state);
  }
  state[kPaused] = false;
  return this;
};

function resume(stream, state) {
  if (!state.resumeScheduled) {
    state.resumeScheduled = true;
    process.nextTick(resume_, stream, state);
  }
}

function resume_(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function() {
  const state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state[kPaused] = true;
  return this;
};

function flow(stream) {
  const state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

Readable.prototype.wrap = function(stream) {
  let paused = false;
  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => { this.push(null); });
  stream.on('error', (err) => { errorOrDestroy(this, err); });
  stream.on('close', () => { this.destroy(); });
  stream.on('destroy', () => { this.destroy(); });
  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };
  const streamKeys = Object.keys(stream);
  for (let j = 0; j < streamKeys.length; j++) {
    const i = streamKeys[j];
    if (this[i] === undefined && typeof stream[i] === 'function') this[i] = stream[i].bind(stream);
  }
  return this;
};

Readable.prototype[Symbol.asyncIterator] = function() {
  return streamToAsyncIterator(this);
};

Readable.prototype.iterator = function(options) {
  if (options !== undefined) validateObject(options, 'options');
  return streamToAsyncIterator(this, options);
};

function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
  const iter = createAsyncIterator(stream, options);
  iter.stream = stream;
  return iter;
}

// What Node writes as an async generator, by hand: goja has no async generators. Calls are
// serialized as an async generator's are, and 'return'/'throw' run the generator's finally.
function createAsyncIterator(stream, options) {
  let callback = nop;
  function next(resolve) {
    if (this === stream) {
      callback();
      callback = nop;
    } else {
      callback = resolve;
    }
  }
  stream.on('readable', next);
  if (eos === undefined) eos = require('internal/streams/end-of-stream').eos;
  let error;
  const cleanup = eos(stream, { writable: false }, (err) => {
    error = err ? aggregateTwoErrors(error, err) : null;
    callback();
    callback = nop;
  });

  let done = false;
  function finish() {
    if (done) return;
    done = true;
    // A half-open duplex that ended reading may still be written to.
    const preserveHalfOpenDuplex = error === null &&
      stream.allowHalfOpen === true &&
      stream.writable === true &&
      stream.writableEnded !== true;
    if ((error || !options || options.destroyOnReturn !== false) &&
        (error === undefined || stream._readableState.autoDestroy) &&
        !preserveHalfOpenDuplex) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', next);
      cleanup();
    }
  }

  async function step() {
    if (done) return { value: undefined, done: true };
    try {
      for (;;) {
        const chunk = stream.destroyed ? null : stream.read();
        // An async generator's yield awaits the value before the caller sees it.
        if (chunk !== null) return { value: await chunk, done: false };
        if (error) throw error;
        if (error === null) {
          finish();
          return { value: undefined, done: true };
        }
        await new Promise(next);
      }
    } catch (err) {
      error = aggregateTwoErrors(error, err);
      finish();
      throw error;
    }
  }

  const enqueue = makeQueue();
  const iterator = {
    next() { return enqueue(step); },
    return(value) {
      return enqueue(() => {
        finish();
        return { value, done: true };
      });
    },
    throw(err) {
      return enqueue(() => {
        if (!done) {
          error = aggregateTwoErrors(error, err);
          finish();
        }
        throw err;
      });
    },
  };
  // Iterators made here print as Node's async generator objects do.
  Object.setPrototypeOf(iterator, AsyncGeneratorPrototype);
  return iterator;
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

defineGetters(Readable.prototype, {
  readable: {
    get() {
      const r = this._readableState;
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    },
    set(val) {
      if (this._readableState) this._readableState.readable = !!val;
    },
  },
  readableDidRead: {
    get() { return this._readableState.dataEmitted; },
  },
  readableAborted: {
    get() {
      const r = this._readableState;
      return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
    },
  },
  readableHighWaterMark: {
    get() { return this._readableState.highWaterMark; },
  },
  readableBuffer: {
    get() { return this._readableState ? this._readableState.buffer : undefined; },
  },
  readableFlowing: {
    get() { return this._readableState.flowing; },
    set(state) {
      if (this._readableState) this._readableState.flowing = state;
    },
  },
  readableLength: {
    get() { return this._readableState.length; },
  },
  readableObjectMode: {
    get() { return this._readableState ? this._readableState.objectMode : false; },
  },
  readableEncoding: {
    get() { return this._readableState ? this._readableState.encoding : null; },
  },
  errored: {
    get() { return this._readableState ? this._readableState.errored : null; },
  },
  closed: {
    get() { return this._readableState ? this._readableState.closed : false; },
  },
  destroyed: {
    get() { return this._readableState ? this._readableState.destroyed : false; },
    set(value) {
      if (!this._readableState) return;
      this._readableState.destroyed = value;
    },
  },
  readableEnded: {
    get() { return this._readableState ? this._readableState.endEmitted : false; },
  },
});

defineGetters(ReadableState.prototype, {
  pipesCount: { get() { return this.pipes.length; } },
  paused: {
    get() { return this[kPaused] === true; },
    set(value) { this[kPaused] = !!value; },
  },
});

function fromList(n, state) {
  const length = state.length;
  if (length === 0) return null;
  const buf = state.buffer;
  let idx = state.bufferIndex;
  if (buf.length - idx === 1 && n >= length && state.decoder === null) {
    // All of one buffered chunk: what a flowing stream reads each time.
    const ret = buf[idx];
    buf.length = 0;
    state.bufferIndex = 0;
    return ret;
  }
  let ret;
  if (state.objectMode) {
    ret = buf[idx];
    buf[idx++] = null;
  } else if (!n || n >= state.length) {
    // Everything buffered.
    if (state.decoder) {
      ret = '';
      while (idx < buf.length) {
        ret += buf[idx];
        buf[idx++] = null;
      }
    } else if (buf.length - idx === 1) {
      ret = buf[idx];
      buf[idx++] = null;
    } else {
      ret = Buffer.allocUnsafe(state.length);
      let i = 0;
      while (idx < buf.length) {
        const data = buf[idx];
        ret.set(data, i);
        i += chunkLength(data);
        buf[idx++] = null;
      }
    }
  } else if (n < chunkLength(buf[idx])) {
    // Part of the first chunk.
    const first = buf[idx];
    ret = first.slice(0, n);
    buf[idx] = first.slice(n);
  } else if (n === chunkLength(buf[idx])) {
    ret = buf[idx];
    buf[idx++] = null;
  } else if (state.decoder) {
    ret = '';
    while (idx < buf.length) {
      const str = buf[idx];
      if (n > str.length) {
        ret += str;
        n -= str.length;
        buf[idx++] = null;
      } else {
        if (n === str.length) {
          ret += str;
          buf[idx++] = null;
        } else {
          ret += str.slice(0, n);
          buf[idx] = str.slice(n);
        }
        break;
      }
    }
  } else {
    ret = Buffer.allocUnsafe(n);
    const retLen = n;
    while (idx < buf.length) {
      const data = buf[idx];
      const dataLen = chunkLength(data);
      if (n > dataLen) {
        ret.set(data, retLen - n);
        n -= dataLen;
        buf[idx++] = null;
      } else {
        if (n === dataLen) {
          ret.set(data, retLen - n);
          buf[idx++] = null;
        } else {
          ret.set(new Uint8Array(data.buffer, data.byteOffset, n), retLen - n);
          buf[idx] = data.slice(n);
        }
        break;
      }
    }
  }
  if (idx === buf.length) {
    buf.length = 0;
    state.bufferIndex = 0;
  } else if (idx > 1024) {
    buf.splice(0, idx);
    state.bufferIndex = 0;
  } else {
    state.bufferIndex = idx;
  }
  return ret;
}

Readable._fromList = function(n, state) {
  return fromList(n, state);
};

function endReadable(stream) {
  const state = stream._readableState;
  if (!state.endEmitted && !state.endScheduled) {
    state.ended = true;
    state.endScheduled = true;
    process.nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  state.endScheduled = false;
  if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    stream.emit('end');
    if (stream.writable && stream.allowHalfOpen === false) {
      process.nextTick(endWritableNT, stream);
    } else if (state.autoDestroy) {
      // A duplex is destroyed only once its writable side is done as well.
      const wState = stream._writableState;
      const autoDestroy = !wState ||
        (wState.autoDestroy && (wState.finished || wState.writable === false));
      if (autoDestroy) stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  const writable = stream.writable && !stream.writableEnded && !stream.destroyed;
  if (writable) stream.end();
}

Readable.from = function(iterable, opts) {
  if (from === undefined) from = require('internal/streams/from');
  return from(Readable, iterable, opts);
};

Readable.fromWeb = function(readableStream, options) {
  return require('internal/webstreams/adapters').newStreamReadableFromReadableStream(readableStream, options);
};

Readable.toWeb = function(streamReadable, options) {
  return require('internal/webstreams/adapters').newReadableStreamFromStreamReadable(streamReadable, options);
};

Readable.wrap = function(src, options) {
  return new Readable({
    objectMode: src.readableObjectMode != null ? src.readableObjectMode :
      (src.objectMode != null ? src.objectMode : true),
    ...options,
    destroy(err, callback) {
      destroyImpl.destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};

// Duplex's construct callback resumes reading the way Readable's does.
Object.defineProperty(Readable, '_onConstructed', {
  __proto__: null,
  value: maybeReadMore,
  enumerable: false,
});

// util.inspect shows a ReadableState as Node's does: the own fields it keeps as properties and
// the others folded into the Symbol(kState) bit field, with the same bit positions.
const kStateSym = Symbol('kState');
const kErroredValue = Symbol('kErroredValue');
const kDefaultEncodingValue = Symbol('kDefaultEncodingValue');
const kDecoderValue = Symbol('kDecoderValue');
const kEncodingValue = Symbol('kEncodingValue');
const readableBits = [
  'objectMode', 'errorEmitted', 'autoDestroy', 'emitClose', 'destroyed', 'closed', 'closeEmitted',
  'errored', 'constructed', 'ended', 'endEmitted', 'reading', 'sync', 'needReadable',
  'emittedReadable', 'readableListening', 'resumeScheduled', 'multiAwaitDrain', 'readingMore',
  'dataEmitted',
];
function ReadableStateView() {}
Object.defineProperty(ReadableStateView, 'name', { value: 'ReadableState' });
ReadableState.prototype[Symbol.for('nodejs.util.inspect.custom')] = function() {
  let bits = 0;
  for (let i = 0; i < readableBits.length; i++) if (this[readableBits[i]]) bits |= 1 << i;
  if (this.defaultEncoding === 'utf8') bits |= 1 << 20;
  if (this.decoder) bits |= 1 << 21;
  if (this.encoding) bits |= 1 << 22;
  if (this.flowing !== null) bits |= 1 << 23;
  if (this.flowing) bits |= 1 << 24;
  if (this[kPaused] !== null) bits |= 1 << 25;
  if (this[kPaused]) bits |= 1 << 26;
  if (this.dataListening) bits |= 1 << 27;
  if (this.endScheduled) bits |= 1 << 28;
  const view = new ReadableStateView();
  view.highWaterMark = this.highWaterMark;
  view.buffer = this.buffer;
  view.bufferIndex = this.bufferIndex;
  view.length = this.length;
  view.pipes = this.pipes;
  view.awaitDrainWriters = this.awaitDrainWriters;
  if (Object.prototype.hasOwnProperty.call(this, 'readable') && this.readable !== undefined) {
    view.readable = this.readable;
  }
  view[kStateSym] = bits;
  if (this.defaultEncoding !== 'utf8') view[kDefaultEncodingValue] = this.defaultEncoding;
  if (this.decoder) view[kDecoderValue] = this.decoder;
  if (this.encoding) view[kEncodingValue] = this.encoding;
  if (this.errored) view[kErroredValue] = this.errored;
  return view;
};
