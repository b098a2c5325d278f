'use strict';
// ReadableStream and its readers and controllers, the WHATWG Streams Standard's algorithms
// with Node v24's errors and inspect views. Served as internal/webstreams/readablestream.
//
// Internal slots live in one plain object per instance (this[kState]); a read request is an
// object with chunk/close/error methods. Hot paths (a read from a non-empty queue) resolve
// without allocating a deferred promise.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_ARG_NOT_ITERABLE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  kState,
  kType,
  kEmptyObject,
  customInspectSymbol,
  PromiseResolve,
  PromiseReject,
  createDeferredPromise,
  LazyDeferred,
  kResolvedPromise,
  setPromiseHandled,
  uponPromise,
  callPromise,
  callPromise0,
  FunctionPrototypeCall,
  ownMember,
  Queue,
  resetQueue,
  enqueueValueWithSize,
  dequeueValue,
  extractHighWaterMark,
  extractSizeAlgorithm,
  toDictionary,
  getCallback,
  customInspect,
  invalidState,
  defineWebIDL,
  isDetached,
  transferArrayBuffer,
} = require('internal/webstreams/util');
const {
  kIsClosedPromise,
  kIsErrored,
  kIsReadable,
  kIsDisturbed,
  kControllerErrorFunction,
} = require('internal/streams/utils');

const kSkipThrow = Symbol('kSkipThrow');

let writableMod;
function writable() {
  writableMod ??= require('internal/webstreams/writablestream');
  return writableMod;
}

function isReadableStream(value) {
  return value?.[kType] === 'ReadableStream';
}

function isReadableStreamDefaultReader(value) {
  return value?.[kType] === 'ReadableStreamDefaultReader';
}

function isReadableStreamBYOBReader(value) {
  return value?.[kType] === 'ReadableStreamBYOBReader';
}

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

// ----------------------------------------------------------------------------------------------
// ReadableStream

class ReadableStream {
  constructor(source = undefined, strategy = undefined) {
    if (source === null) throw new ERR_INVALID_ARG_TYPE('source', 'Object', source);
    if (source !== undefined && typeof source !== 'object' && typeof source !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('source', 'object', source);
    }
    strategy = toDictionary(strategy, 'strategy');
    // WebIDL converts the strategy before the body reads the source.
    const strategyHWM = strategy.highWaterMark;
    const strategySize = strategy.size;
    if (strategySize !== undefined && typeof strategySize !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('strategy.size', 'Function', strategySize);
    }
    const src = source === undefined ? kEmptyObject : source;
    const autoAllocateChunkSize = src.autoAllocateChunkSize;
    const cancel = getCallback(src, 'cancel', 'source');
    const pull = getCallback(src, 'pull', 'source');
    const start = getCallback(src, 'start', 'source');
    const type = src.type;
    initializeReadableStream(this);
    const strat = { highWaterMark: strategyHWM, size: strategySize };
    if (type !== undefined && `${type}` === 'bytes') {
      if (strategySize !== undefined) {
        throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.size', strategySize);
      }
      const hwm = extractHighWaterMark(strat, 0);
      let chunkSize;
      if (autoAllocateChunkSize !== undefined) {
        chunkSize = Number(autoAllocateChunkSize);
        if (chunkSize === 0 || !Number.isFinite(chunkSize) || chunkSize < 0) {
          throw new ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize', autoAllocateChunkSize);
        }
        chunkSize = Math.trunc(chunkSize);
      }
      setUpReadableByteStreamController(this, new ReadableByteStreamController(kSkipThrow),
                                        src, start, pull, cancel, hwm, chunkSize);
    } else if (type !== undefined) {
      throw new ERR_INVALID_ARG_VALUE('source.type', type);
    } else {
      const size = extractSizeAlgorithm(strat);
      const hwm = extractHighWaterMark(strat, 1);
      setUpReadableStreamDefaultController(this, new ReadableStreamDefaultController(kSkipThrow),
                                           src, start, pull, cancel, hwm, size);
    }
  }

  get [kIsDisturbed]() { return this[kState].disturbed; }
  get [kIsErrored]() { return this[kState].state === 'errored'; }
  get [kIsReadable]() { return this[kState].state === 'readable'; }

  get locked() {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    return this[kState].reader !== undefined;
  }

  cancel(reason = undefined) {
    if (!isReadableStream(this)) return PromiseReject(new ERR_INVALID_THIS('ReadableStream'));
    if (this[kState].reader !== undefined) return PromiseReject(invalidState('ReadableStream is locked'));
    return readableStreamCancel(this, reason);
  }

  getReader(options = undefined) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    options = toDictionary(options, 'options');
    const mode = options.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
    return new ReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = kEmptyObject) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    const readable = transform?.readable;
    if (!isReadableStream(readable)) {
      throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    }
    const writableStream = transform?.writable;
    if (!writable().isWritableStream(writableStream)) {
      throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', writableStream);
    }
    const { preventAbort, preventCancel, preventClose, signal } = pipeOptions(options);
    if (this[kState].reader !== undefined) throw invalidState('The ReadableStream is locked');
    if (writableStream[kState].writer !== undefined) throw invalidState('The WritableStream is locked');
    const promise = readableStreamPipeTo(this, writableStream, preventClose, preventAbort,
                                         preventCancel, signal);
    setPromiseHandled(promise);
    return readable;
  }

  pipeTo(destination, options = kEmptyObject) {
    try {
      if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
      if (!writable().isWritableStream(destination)) {
        throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
      }
      const { preventAbort, preventCancel, preventClose, signal } = pipeOptions(options);
      if (this[kState].reader !== undefined) throw invalidState('The ReadableStream is locked');
      if (destination[kState].writer !== undefined) throw invalidState('The WritableStream is locked');
      return readableStreamPipeTo(this, destination, preventClose, preventAbort, preventCancel, signal);
    } catch (error) {
      return PromiseReject(error);
    }
  }

  tee() {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    if (this[kState].reader !== undefined) throw invalidState('ReadableStream is locked');
    return readableStreamTee(this, false);
  }

  values(options = undefined) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    options = toDictionary(options, 'options');
    const preventCancel = !!options.preventCancel;
    const reader = new ReadableStreamDefaultReader(this);
    const iterator = Object.create(ReadableStreamAsyncIteratorPrototype);
    iterator[kState] = { reader, preventCancel, ongoing: undefined, finished: false };
    return iterator;
  }

  [customInspectSymbol](depth, options) {
    const s = this[kState];
    return customInspect.call(this, depth, options, this[kType], {
      locked: s.reader !== undefined,
      state: s.state,
      supportsBYOB: s.controller instanceof ReadableByteStreamController,
    });
  }

  static from(iterable) {
    return readableStreamFromIterable(iterable);
  }
}

ReadableStream.prototype[kType] = undefined;
defineWebIDL(ReadableStream, 'ReadableStream',
             ['locked', 'cancel', 'getReader', 'pipeThrough', 'pipeTo', 'tee', 'values']);
Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
  __proto__: null,
  configurable: true,
  enumerable: false,
  writable: true,
  value: ReadableStream.prototype.values,
});
Object.defineProperty(ReadableStream, 'from', {
  __proto__: null, enumerable: true, configurable: true, writable: true, value: ReadableStream.from,
});

function pipeOptions(options) {
  options = toDictionary(options, 'options');
  const preventAbort = !!options.preventAbort;
  const preventCancel = !!options.preventCancel;
  const preventClose = !!options.preventClose;
  const signal = options.signal;
  if (signal !== undefined) {
    if (signal === null || typeof signal !== 'object' || !('aborted' in signal) ||
        typeof signal.addEventListener !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
    }
  }
  return { preventAbort, preventCancel, preventClose, signal };
}

function initializeReadableStream(stream) {
  stream[kType] = 'ReadableStream';
  stream[kState] = {
    state: 'readable',
    reader: undefined,
    storedError: undefined,
    disturbed: false,
    controller: undefined,
  };
  stream[kIsClosedPromise] = new LazyDeferred();
}

// ----------------------------------------------------------------------------------------------
// Async iteration

const ReadableStreamAsyncIteratorPrototype = Object.create(Object.prototype, {
  next: {
    __proto__: null,
    enumerable: true,
    configurable: true,
    writable: true,
    value: function next() {
      const it = this?.[kState];
      if (it === undefined || it.reader === undefined && !('finished' in it)) {
        return PromiseReject(new ERR_INVALID_THIS('ReadableStreamAsyncIterator'));
      }
      const step = () => iteratorNext(it);
      it.ongoing = it.ongoing === undefined ? step() : uponPromise(it.ongoing, step, step);
      return it.ongoing;
    },
  },
  return: {
    __proto__: null,
    enumerable: true,
    configurable: true,
    writable: true,
    value: function(value) {
      const it = this?.[kState];
      if (it === undefined) return PromiseReject(new ERR_INVALID_THIS('ReadableStreamAsyncIterator'));
      const step = () => iteratorReturn(it, value);
      it.ongoing = it.ongoing === undefined ? step() : uponPromise(it.ongoing, step, step);
      return it.ongoing;
    },
  },
  [Symbol.asyncIterator]: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    writable: true,
    value: function() { return this; },
  },
  [Symbol.toStringTag]: {
    __proto__: null, value: 'ReadableStream AsyncIterator', configurable: true,
  },
});

function iteratorNext(it) {
  if (it.finished) return PromiseResolve({ done: true, value: undefined });
  const reader = it.reader;
  const stream = reader[kState].stream;
  if (stream === undefined) {
    return PromiseReject(invalidState('The reader is not attached to a stream'));
  }
  const request = new IteratorReadRequest(it);
  readableStreamDefaultReaderRead(reader, request);
  // WebIDL reacts to the read once more before the iterator's promise settles.
  return uponPromise(request.promise, identity);
}

function identity(value) { return value; }

class IteratorReadRequest {
  constructor(it) {
    this.it = it;
    const d = createDeferredPromise();
    this.promise = d.promise;
    this.resolve = d.resolve;
    this.reject = d.reject;
  }

  chunk(value) {
    this.resolve({ value, done: false });
  }

  close() {
    const it = this.it;
    it.ongoing = undefined;
    it.finished = true;
    readableStreamDefaultReaderRelease(it.reader);
    this.resolve({ value: undefined, done: true });
  }

  error(reason) {
    const it = this.it;
    it.ongoing = undefined;
    it.finished = true;
    readableStreamDefaultReaderRelease(it.reader);
    this.reject(reason);
  }
}

function iteratorReturn(it, value) {
  if (it.finished) return PromiseResolve({ done: true, value });
  it.finished = true;
  const reader = it.reader;
  const stream = reader[kState].stream;
  if (stream === undefined) return PromiseResolve({ done: true, value });
  if (!it.preventCancel) {
    const result = readableStreamReaderGenericCancel(reader, value);
    readableStreamDefaultReaderRelease(reader);
    return uponPromise(result, () => ({ done: true, value }));
  }
  readableStreamDefaultReaderRelease(reader);
  return PromiseResolve({ done: true, value });
}

// ----------------------------------------------------------------------------------------------
// ReadableStream.from

function readableStreamFromIterable(asyncIterable) {
  let method = asyncIterable?.[Symbol.asyncIterator];
  let isSync = false;
  if (method == null) {
    method = asyncIterable?.[Symbol.iterator];
    isSync = true;
  }
  if (asyncIterable == null) {
    throw new TypeError(`Cannot read properties of ${asyncIterable} (reading 'Symbol(Symbol.asyncIterator)')`);
  }
  if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE(asyncIterable);
  const iterator = FunctionPrototypeCall(method, asyncIterable);
  if (iterator === null || (typeof iterator !== 'object' && typeof iterator !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('iterator', 'Object', iterator);
  }
  const nextMethod = iterator.next;
  const stream = Object.create(ReadableStream.prototype);
  initializeReadableStream(stream);
  const source = {
    pull(controller) {
      let nextResult;
      try {
        nextResult = FunctionPrototypeCall(nextMethod, iterator);
      } catch (error) {
        return PromiseReject(error);
      }
      if (isSync) {
        if (nextResult === null || typeof nextResult !== 'object') {
          return PromiseReject(new ERR_INVALID_ARG_TYPE('result', 'Object', nextResult));
        }
        const done = !!nextResult.done;
        return uponPromise(PromiseResolve(nextResult.value), (value) => {
          if (done) readableStreamDefaultControllerClose(controller);
          else readableStreamDefaultControllerEnqueue(controller, value);
        });
      }
      return uponPromise(PromiseResolve(nextResult), (result) => {
        if (result === null || typeof result !== 'object') {
          throw new ERR_INVALID_ARG_TYPE('result', 'Object', result);
        }
        if (result.done) {
          readableStreamDefaultControllerClose(controller);
        } else {
          readableStreamDefaultControllerEnqueue(controller, result.value);
        }
      });
    },
    cancel(reason) {
      let returnMethod;
      try {
        returnMethod = iterator.return;
      } catch (error) {
        return PromiseReject(error);
      }
      if (returnMethod == null) return PromiseResolve();
      let returnResult;
      try {
        returnResult = FunctionPrototypeCall(returnMethod, iterator, reason);
      } catch (error) {
        return PromiseReject(error);
      }
      return uponPromise(PromiseResolve(returnResult), (result) => {
        if (result === null || typeof result !== 'object') {
          throw new ERR_INVALID_ARG_TYPE('result', 'Object', result);
        }
      });
    },
  };
  setUpReadableStreamDefaultController(stream, new ReadableStreamDefaultController(kSkipThrow),
                                       source, undefined, source.pull, source.cancel, 0, undefined);
  return stream;
}

// ----------------------------------------------------------------------------------------------
// Readers

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    this[kType] = 'ReadableStreamDefaultReader';
    this[kState] = { stream: undefined, closed: undefined, requests: new Queue() };
    setUpReadableStreamDefaultReader(this, stream);
  }

  read() {
    if (!isReadableStreamDefaultReader(this)) {
      return PromiseReject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    const stream = this[kState].stream;
    if (stream === undefined) {
      return PromiseReject(invalidState('The reader is not attached to a stream'));
    }
    const s = stream[kState];
    s.disturbed = true;
    if (s.state === 'readable') {
      // The common case: a chunk is waiting in a default controller's queue.
      const c = s.controller[kState];
      if (c.byte === false && c.queue.length > 0) {
        const chunk = dequeueValue(c);
        if (c.closeRequested && c.queue.length === 0) {
          readableStreamDefaultControllerClearAlgorithms(c);
          readableStreamClose(stream);
        } else {
          readableStreamDefaultControllerCallPullIfNeeded(s.controller);
        }
        return PromiseResolve({ done: false, value: chunk });
      }
    }
    const request = new DefaultReadRequest();
    readableStreamDefaultReaderRead(this, request);
    return request.promise;
  }

  releaseLock() {
    if (!isReadableStreamDefaultReader(this)) throw new ERR_INVALID_THIS('ReadableStreamDefaultReader');
    if (this[kState].stream === undefined) return;
    readableStreamDefaultReaderRelease(this);
  }

  get closed() {
    if (!isReadableStreamDefaultReader(this)) {
      return PromiseReject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    return this[kState].closed.promise;
  }

  cancel(reason = undefined) {
    if (!isReadableStreamDefaultReader(this)) {
      return PromiseReject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    if (this[kState].stream === undefined) {
      return PromiseReject(invalidState('The reader is not attached to a stream'));
    }
    return readableStreamReaderGenericCancel(this, reason);
  }

  [customInspectSymbol](depth, options) {
    const s = this[kState];
    return customInspect.call(this, depth, options, this[kType], {
      stream: s.stream,
      readRequests: s.requests.length,
      close: s.closed.promise,
    });
  }
}

ReadableStreamDefaultReader.prototype[kType] = undefined;
defineWebIDL(ReadableStreamDefaultReader, 'ReadableStreamDefaultReader',
             ['closed', 'cancel', 'read', 'releaseLock']);

class DefaultReadRequest {
  constructor() {
    const d = createDeferredPromise();
    this.promise = d.promise;
    this.resolve = d.resolve;
    this.reject = d.reject;
  }

  chunk(value) { this.resolve({ value, done: false }); }

  close() { this.resolve({ value: undefined, done: true }); }

  error(reason) { this.reject(reason); }
}

class ReadIntoRequest {
  constructor() {
    const d = createDeferredPromise();
    this.promise = d.promise;
    this.resolve = d.resolve;
    this.reject = d.reject;
  }

  chunk(value) { this.resolve({ value, done: false }); }

  close(value) { this.resolve({ value, done: true }); }

  error(reason) { this.reject(reason); }
}

class ReadableStreamBYOBReader {
  constructor(stream) {
    if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    this[kType] = 'ReadableStreamBYOBReader';
    this[kState] = { stream: undefined, closed: undefined, requests: new Queue() };
    setUpReadableStreamBYOBReader(this, stream);
  }

  read(view, options = kEmptyObject) {
    if (!isReadableStreamBYOBReader(this)) {
      return PromiseReject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    }
    if (!isArrayBufferView(view)) {
      return PromiseReject(new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view));
    }
    let min = 1;
    try {
      options = toDictionary(options, 'options');
      if (options.min !== undefined) {
        min = Number(options.min);
        if (!Number.isFinite(min) || min < 0 || min > Number.MAX_SAFE_INTEGER) {
          throw new ERR_INVALID_ARG_VALUE('options.min', options.min, 'must be greater than 0');
        }
        min = Math.trunc(min);
      }
    } catch (error) {
      return PromiseReject(error);
    }
    const viewBuffer = view.buffer;
    if (view.byteLength === 0 || viewBuffer.byteLength === 0 || isDetached(viewBuffer)) {
      return PromiseReject(invalidState('View or Viewed ArrayBuffer is zero-length or detached'));
    }
    if (min === 0) {
      return PromiseReject(new ERR_INVALID_ARG_VALUE('options.min', options.min, 'must be greater than 0'));
    }
    if (!(view instanceof DataView)) {
      if (min > view.length) {
        return PromiseReject(new ERR_OUT_OF_RANGE('options.min', '<= view.length', min));
      }
    } else if (min > view.byteLength) {
      return PromiseReject(new ERR_OUT_OF_RANGE('options.min', '<= view.byteLength', min));
    }
    const stream = this[kState].stream;
    if (stream === undefined) {
      return PromiseReject(invalidState('The reader is not attached to a stream'));
    }
    const request = new ReadIntoRequest();
    readableStreamBYOBReaderRead(this, view, min, request);
    return request.promise;
  }

  releaseLock() {
    if (!isReadableStreamBYOBReader(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBReader');
    if (this[kState].stream === undefined) return;
    readableStreamBYOBReaderRelease(this);
  }

  get closed() {
    if (!isReadableStreamBYOBReader(this)) {
      return PromiseReject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    }
    return this[kState].closed.promise;
  }

  cancel(reason = undefined) {
    if (!isReadableStreamBYOBReader(this)) {
      return PromiseReject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    }
    if (this[kState].stream === undefined) {
      return PromiseReject(invalidState('The reader is not attached to a stream'));
    }
    return readableStreamReaderGenericCancel(this, reason);
  }

  [customInspectSymbol](depth, options) {
    const s = this[kState];
    return customInspect.call(this, depth, options, this[kType], {
      stream: s.stream,
      readIntoRequests: s.requests.length,
      close: s.closed.promise,
    });
  }
}

ReadableStreamBYOBReader.prototype[kType] = undefined;
defineWebIDL(ReadableStreamBYOBReader, 'ReadableStreamBYOBReader',
             ['closed', 'cancel', 'read', 'releaseLock']);

function readableStreamReaderGenericInitialize(reader, stream) {
  const r = reader[kState];
  const s = stream[kState];
  r.stream = stream;
  s.reader = reader;
  r.closed = createDeferredPromise();
  if (s.state === 'closed') {
    r.closed.resolve();
  } else if (s.state === 'errored') {
    r.closed.reject(s.storedError);
    setPromiseHandled(r.closed.promise);
  }
}

function setUpReadableStreamDefaultReader(reader, stream) {
  if (stream[kState].reader !== undefined) throw invalidState('ReadableStream is locked');
  readableStreamReaderGenericInitialize(reader, stream);
}

function setUpReadableStreamBYOBReader(reader, stream) {
  if (stream[kState].reader !== undefined) throw invalidState('ReadableStream is locked');
  if (!(stream[kState].controller instanceof ReadableByteStreamController)) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
  }
  readableStreamReaderGenericInitialize(reader, stream);
}

function readableStreamReaderGenericCancel(reader, reason) {
  return readableStreamCancel(reader[kState].stream, reason);
}

function readableStreamReaderGenericRelease(reader) {
  const r = reader[kState];
  const stream = r.stream;
  const s = stream[kState];
  if (s.state === 'readable') {
    r.closed.reject(invalidState('Reader released'));
  } else {
    r.closed = createDeferredPromise();
    r.closed.reject(invalidState('Reader released'));
  }
  setPromiseHandled(r.closed.promise);
  s.controller[kState].releaseSteps(s.controller);
  s.reader = undefined;
  r.stream = undefined;
}

function readableStreamDefaultReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  readableStreamDefaultReaderErrorReadRequests(reader, invalidState('Releasing reader'));
}

function readableStreamDefaultReaderErrorReadRequests(reader, error) {
  const requests = reader[kState].requests.drain();
  for (let i = 0; i < requests.length; i++) requests[i].error(error);
}

function readableStreamBYOBReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  readableStreamBYOBReaderErrorReadIntoRequests(reader, invalidState('Releasing reader'));
}

function readableStreamBYOBReaderErrorReadIntoRequests(reader, error) {
  const requests = reader[kState].requests.drain();
  for (let i = 0; i < requests.length; i++) requests[i].error(error);
}

function readableStreamDefaultReaderRead(reader, request) {
  const stream = reader[kState].stream;
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') {
    request.close();
  } else if (s.state === 'errored') {
    request.error(s.storedError);
  } else {
    s.controller[kState].pullSteps(s.controller, request);
  }
}

function readableStreamBYOBReaderRead(reader, view, min, request) {
  const stream = reader[kState].stream;
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'errored') {
    request.error(s.storedError);
  } else {
    readableByteStreamControllerPullInto(s.controller, view, min, request);
  }
}

// ----------------------------------------------------------------------------------------------
// Stream-level algorithms

function isReadableStreamLocked(stream) {
  return stream[kState].reader !== undefined;
}

function readableStreamCancel(stream, reason) {
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') return PromiseResolve();
  if (s.state === 'errored') return PromiseReject(s.storedError);
  readableStreamClose(stream);
  const reader = s.reader;
  if (reader !== undefined && isReadableStreamBYOBReader(reader)) {
    const requests = reader[kState].requests.drain();
    for (let i = 0; i < requests.length; i++) requests[i].close(undefined);
  }
  const sourceCancelPromise = s.controller[kState].cancelSteps(s.controller, reason);
  return uponPromise(sourceCancelPromise, noopUndefined);
}

function noopUndefined() {}

function readableStreamClose(stream) {
  const s = stream[kState];
  s.state = 'closed';
  stream[kIsClosedPromise].resolve();
  const reader = s.reader;
  if (reader === undefined) return;
  const r = reader[kState];
  r.closed.resolve();
  if (isReadableStreamDefaultReader(reader)) {
    const requests = r.requests.drain();
    for (let i = 0; i < requests.length; i++) requests[i].close();
  }
}

function readableStreamError(stream, error) {
  const s = stream[kState];
  s.state = 'errored';
  s.storedError = error;
  stream[kIsClosedPromise].reject(error);
  const reader = s.reader;
  if (reader === undefined) return;
  const r = reader[kState];
  r.closed.reject(error);
  setPromiseHandled(r.closed.promise);
  if (isReadableStreamDefaultReader(reader)) {
    readableStreamDefaultReaderErrorReadRequests(reader, error);
  } else {
    readableStreamBYOBReaderErrorReadIntoRequests(reader, error);
  }
}

function readableStreamAddReadRequest(stream, request) {
  stream[kState].reader[kState].requests.push(request);
}

function readableStreamFulfillReadRequest(stream, chunk, done) {
  const request = stream[kState].reader[kState].requests.shift();
  if (done) request.close();
  else request.chunk(chunk);
}

function readableStreamFulfillReadIntoRequest(stream, chunk, done) {
  const request = stream[kState].reader[kState].requests.shift();
  if (done) request.close(chunk);
  else request.chunk(chunk);
}

function readableStreamGetNumReadRequests(stream) {
  return stream[kState].reader[kState].requests.length;
}

function readableStreamHasDefaultReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isReadableStreamDefaultReader(reader);
}

function readableStreamHasBYOBReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isReadableStreamBYOBReader(reader);
}

// ----------------------------------------------------------------------------------------------
// ReadableStreamDefaultController

class ReadableStreamDefaultController {
  constructor(skip = undefined) {
    if (skip !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'ReadableStreamDefaultController';
  }

  get desiredSize() {
    if (this?.[kType] !== 'ReadableStreamDefaultController') {
      throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    }
    return readableStreamDefaultControllerGetDesiredSize(this);
  }

  close() {
    if (this?.[kType] !== 'ReadableStreamDefaultController') {
      throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    }
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(this[kState])) {
      throw invalidState('Controller is already closed');
    }
    readableStreamDefaultControllerClose(this);
  }

  enqueue(chunk = undefined) {
    if (this?.[kType] !== 'ReadableStreamDefaultController') {
      throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    }
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(this[kState])) {
      throw invalidState('Controller is already closed');
    }
    readableStreamDefaultControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    if (this?.[kType] !== 'ReadableStreamDefaultController') {
      throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    }
    readableStreamDefaultControllerError(this, error);
  }

  [customInspectSymbol](depth, options) {
    return customInspect.call(this, depth, options, this[kType], {});
  }
}

ReadableStreamDefaultController.prototype[kType] = undefined;
defineWebIDL(ReadableStreamDefaultController, 'ReadableStreamDefaultController',
             ['desiredSize', 'close', 'enqueue', 'error']);

function setUpReadableStreamDefaultController(stream, controller, source, start, pull, cancel,
                                              highWaterMark, sizeAlgorithm) {
  const c = {
    byte: false,
    stream,
    source,
    pull,
    cancel,
    size: sizeAlgorithm,
    highWaterMark,
    queue: undefined,
    sizes: undefined,
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    pullSteps: readableStreamDefaultControllerPullSteps,
    cancelSteps: readableStreamDefaultControllerCancelSteps,
    releaseSteps: noopUndefined,
    onPullFulfilled: undefined,
    onPullRejected: undefined,
  };
  c.onPullFulfilled = () => {
    c.pulling = false;
    if (c.pullAgain) {
      c.pullAgain = false;
      readableStreamDefaultControllerCallPullIfNeeded(controller);
    }
  };
  c.onPullRejected = (error) => { readableStreamDefaultControllerError(controller, error); };
  resetQueue(c);
  controller[kState] = c;
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = (error) => readableStreamDefaultControllerError(controller, error);
  const startResult = start === undefined ? undefined : FunctionPrototypeCall(start, source, controller);
  uponPromise(PromiseResolve(startResult), () => {
    c.started = true;
    readableStreamDefaultControllerCallPullIfNeeded(controller);
  }, (error) => { readableStreamDefaultControllerError(controller, error); });
}

function readableStreamDefaultControllerCallPullIfNeeded(controller) {
  const c = controller[kState];
  if (!readableStreamDefaultControllerShouldCallPull(c)) return;
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  uponPromise(callPromise(c.pull, c.source, controller), c.onPullFulfilled, c.onPullRejected);
}

function readableStreamDefaultControllerShouldCallPull(c) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(c)) return false;
  if (!c.started) return false;
  const stream = c.stream;
  const reader = stream[kState].reader;
  if (reader !== undefined && reader[kState].requests.length > 0) return true;
  return c.highWaterMark - c.queueTotalSize > 0;
}

function readableStreamDefaultControllerClearAlgorithms(c) {
  c.pull = undefined;
  c.cancel = undefined;
  c.size = undefined;
  c.source = undefined;
}

function readableStreamDefaultControllerClose(controller) {
  const c = controller[kState];
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(c)) return;
  c.closeRequested = true;
  if (c.queue.length === 0) {
    readableStreamDefaultControllerClearAlgorithms(c);
    readableStreamClose(c.stream);
  }
}

function readableStreamDefaultControllerEnqueue(controller, chunk) {
  const c = controller[kState];
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(c)) return;
  const stream = c.stream;
  const reader = stream[kState].reader;
  if (reader !== undefined && reader[kState].requests.length > 0) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    let chunkSize = 1;
    if (c.size !== undefined) {
      try {
        chunkSize = FunctionPrototypeCall(c.size, undefined, chunk);
      } catch (error) {
        readableStreamDefaultControllerError(controller, error);
        throw error;
      }
    }
    try {
      enqueueValueWithSize(c, chunk, chunkSize);
    } catch (error) {
      readableStreamDefaultControllerError(controller, error);
      throw error;
    }
  }
  readableStreamDefaultControllerCallPullIfNeeded(controller);
}

function readableStreamDefaultControllerError(controller, error) {
  const c = controller[kState];
  const stream = c.stream;
  if (stream[kState].state !== 'readable') return;
  resetQueue(c);
  readableStreamDefaultControllerClearAlgorithms(c);
  readableStreamError(stream, error);
}

function readableStreamDefaultControllerGetDesiredSize(controller) {
  const c = controller[kState];
  const state = c.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.highWaterMark - c.queueTotalSize;
}

function readableStreamDefaultControllerHasBackpressure(controller) {
  return !readableStreamDefaultControllerShouldCallPull(controller[kState]);
}

function readableStreamDefaultControllerCanCloseOrEnqueue(c) {
  return !c.closeRequested && c.stream[kState].state === 'readable';
}

function readableStreamDefaultControllerCancelSteps(controller, reason) {
  const c = controller[kState];
  resetQueue(c);
  const result = callPromise(c.cancel, c.source, reason);
  readableStreamDefaultControllerClearAlgorithms(c);
  return result;
}

function readableStreamDefaultControllerPullSteps(controller, request) {
  const c = controller[kState];
  const stream = c.stream;
  if (c.queue.length > 0) {
    const chunk = dequeueValue(c);
    if (c.closeRequested && c.queue.length === 0) {
      readableStreamDefaultControllerClearAlgorithms(c);
      readableStreamClose(stream);
    } else {
      readableStreamDefaultControllerCallPullIfNeeded(controller);
    }
    request.chunk(chunk);
  } else {
    readableStreamAddReadRequest(stream, request);
    readableStreamDefaultControllerCallPullIfNeeded(controller);
  }
}

// ----------------------------------------------------------------------------------------------
// Byte streams

class ReadableStreamBYOBRequest {
  constructor(skip = undefined) {
    if (skip !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'ReadableStreamBYOBRequest';
    this[kState] = { controller: undefined, view: null };
  }

  get view() {
    if (this?.[kType] !== 'ReadableStreamBYOBRequest') throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    return this[kState].view;
  }

  respond(bytesWritten) {
    if (this?.[kType] !== 'ReadableStreamBYOBRequest') throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    const { controller, view } = this[kState];
    bytesWritten = toEnforcedUnsigned(bytesWritten, 'bytesWritten');
    if (controller === undefined) throw invalidState('This BYOB request has been invalidated');
    if (isDetached(view.buffer)) {
      throw invalidState('Viewed ArrayBuffer is detached');
    }
    readableByteStreamControllerRespond(controller, bytesWritten);
  }

  respondWithNewView(view) {
    if (this?.[kType] !== 'ReadableStreamBYOBRequest') throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    if (!isArrayBufferView(view)) {
      throw new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
    }
    const controller = this[kState].controller;
    if (controller === undefined) throw invalidState('This BYOB request has been invalidated');
    if (isDetached(view.buffer)) throw invalidState('Viewed ArrayBuffer is detached');
    readableByteStreamControllerRespondWithNewView(controller, view);
  }

  [customInspectSymbol](depth, options) {
    const s = this[kState];
    return customInspect.call(this, depth, options, this[kType], {
      view: s.view,
      controller: s.controller,
    });
  }
}

ReadableStreamBYOBRequest.prototype[kType] = undefined;
defineWebIDL(ReadableStreamBYOBRequest, 'ReadableStreamBYOBRequest',
             ['view', 'respond', 'respondWithNewView']);

function toEnforcedUnsigned(value, name) {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > Number.MAX_SAFE_INTEGER) {
    throw new ERR_INVALID_ARG_VALUE.RangeError(name, value);
  }
  return Math.trunc(n);
}

class ReadableByteStreamController {
  constructor(skip = undefined) {
    if (skip !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'ReadableByteStreamController';
  }

  get byobRequest() {
    if (this?.[kType] !== 'ReadableByteStreamController') {
      throw new ERR_INVALID_THIS('ReadableByteStreamController');
    }
    return readableByteStreamControllerGetBYOBRequest(this);
  }

  get desiredSize() {
    if (this?.[kType] !== 'ReadableByteStreamController') {
      throw new ERR_INVALID_THIS('ReadableByteStreamController');
    }
    return readableByteStreamControllerGetDesiredSize(this);
  }

  close() {
    if (this?.[kType] !== 'ReadableByteStreamController') {
      throw new ERR_INVALID_THIS('ReadableByteStreamController');
    }
    const c = this[kState];
    if (c.closeRequested) throw invalidState('Controller is already closed');
    if (c.stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    readableByteStreamControllerClose(this);
  }

  enqueue(chunk) {
    if (this?.[kType] !== 'ReadableByteStreamController') {
      throw new ERR_INVALID_THIS('ReadableByteStreamController');
    }
    if (!isArrayBufferView(chunk)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], chunk);
    }
    const c = this[kState];
    if (chunk.byteLength === 0 || chunk.buffer.byteLength === 0 || isDetached(chunk.buffer)) {
      throw invalidState('chunk ArrayBuffer is zero-length or detached');
    }
    if (c.closeRequested) throw invalidState('Controller is already closed');
    if (c.stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    readableByteStreamControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    if (this?.[kType] !== 'ReadableByteStreamController') {
      throw new ERR_INVALID_THIS('ReadableByteStreamController');
    }
    readableByteStreamControllerError(this, error);
  }

  [customInspectSymbol](depth, options) {
    return customInspect.call(this, depth, options, this[kType], {});
  }
}

ReadableByteStreamController.prototype[kType] = undefined;
defineWebIDL(ReadableByteStreamController, 'ReadableByteStreamController',
             ['byobRequest', 'desiredSize', 'close', 'enqueue', 'error']);

function setUpReadableByteStreamController(stream, controller, source, start, pull, cancel,
                                           highWaterMark, autoAllocateChunkSize) {
  const c = {
    byte: true,
    stream,
    source,
    pull,
    cancel,
    highWaterMark,
    autoAllocateChunkSize,
    queue: new Queue(),
    queueTotalSize: 0,
    pendingPullIntos: new Queue(),
    byobRequest: null,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    pullSteps: readableByteStreamControllerPullSteps,
    cancelSteps: readableByteStreamControllerCancelSteps,
    releaseSteps: readableByteStreamControllerReleaseSteps,
    onPullFulfilled: undefined,
    onPullRejected: undefined,
  };
  c.onPullFulfilled = () => {
    c.pulling = false;
    if (c.pullAgain) {
      c.pullAgain = false;
      readableByteStreamControllerCallPullIfNeeded(controller);
    }
  };
  c.onPullRejected = (error) => { readableByteStreamControllerError(controller, error); };
  controller[kState] = c;
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = (error) => readableByteStreamControllerError(controller, error);
  const startResult = start === undefined ? undefined : FunctionPrototypeCall(start, source, controller);
  uponPromise(PromiseResolve(startResult), () => {
    c.started = true;
    readableByteStreamControllerCallPullIfNeeded(controller);
  }, (error) => { readableByteStreamControllerError(controller, error); });
}

function readableByteStreamControllerGetBYOBRequest(controller) {
  const c = controller[kState];
  if (c.byobRequest === null && c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos.peek();
    const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled,
                                first.byteLength - first.bytesFilled);
    const request = new ReadableStreamBYOBRequest(kSkipThrow);
    request[kState].controller = controller;
    request[kState].view = view;
    c.byobRequest = request;
  }
  return c.byobRequest;
}

function readableByteStreamControllerGetDesiredSize(controller) {
  const c = controller[kState];
  const state = c.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.highWaterMark - c.queueTotalSize;
}

function readableByteStreamControllerShouldCallPull(c) {
  const stream = c.stream;
  if (stream[kState].state !== 'readable') return false;
  if (c.closeRequested) return false;
  if (!c.started) return false;
  const reader = stream[kState].reader;
  if (reader !== undefined && reader[kState].requests.length > 0) return true;
  return readableByteStreamControllerGetDesiredSize({ [kState]: c }) > 0;
}

function readableByteStreamControllerCallPullIfNeeded(controller) {
  const c = controller[kState];
  if (!readableByteStreamControllerShouldCallPull(c)) return;
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  uponPromise(callPromise(c.pull, c.source, controller), c.onPullFulfilled, c.onPullRejected);
}

function readableByteStreamControllerClearAlgorithms(c) {
  c.pull = undefined;
  c.cancel = undefined;
  c.source = undefined;
}

function readableByteStreamControllerInvalidateBYOBRequest(c) {
  if (c.byobRequest === null) return;
  c.byobRequest[kState].controller = undefined;
  c.byobRequest[kState].view = null;
  c.byobRequest = null;
}

function readableByteStreamControllerClearPendingPullIntos(c) {
  readableByteStreamControllerInvalidateBYOBRequest(c);
  c.pendingPullIntos = new Queue();
}

function readableByteStreamControllerResetQueue(c) {
  c.queue = new Queue();
  c.queueTotalSize = 0;
}

function readableByteStreamControllerClose(controller) {
  const c = controller[kState];
  const stream = c.stream;
  if (c.closeRequested || stream[kState].state !== 'readable') return;
  if (c.queueTotalSize > 0) {
    c.closeRequested = true;
    return;
  }
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos.peek();
    if (first.bytesFilled % first.elementSize !== 0) {
      const error = invalidState('Partial read');
      readableByteStreamControllerError(controller, error);
      throw error;
    }
  }
  readableByteStreamControllerClearAlgorithms(c);
  readableStreamClose(stream);
}

function readableByteStreamControllerError(controller, error) {
  const c = controller[kState];
  const stream = c.stream;
  if (stream[kState].state !== 'readable') return;
  readableByteStreamControllerClearPendingPullIntos(c);
  readableByteStreamControllerResetQueue(c);
  readableByteStreamControllerClearAlgorithms(c);
  readableStreamError(stream, error);
}

function readableByteStreamControllerEnqueue(controller, chunk) {
  const c = controller[kState];
  const stream = c.stream;
  if (c.closeRequested || stream[kState].state !== 'readable') return;
  const buffer = chunk.buffer;
  const byteOffset = chunk.byteOffset;
  const byteLength = chunk.byteLength;
  if (isDetached(buffer)) throw invalidState('chunk ArrayBuffer is detached');
  const transferredBuffer = transferArrayBuffer(buffer);
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos.peek();
    if (isDetached(first.buffer)) throw invalidState('The BYOB request ArrayBuffer has been detached');
    readableByteStreamControllerInvalidateBYOBRequest(c);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.readerType === 'none') {
      readableByteStreamControllerEnqueueDetachedPullIntoToQueue(c, first);
    }
  }
  if (readableStreamHasDefaultReader(stream)) {
    readableByteStreamControllerProcessReadRequestsUsingQueue(c);
    if (readableStreamGetNumReadRequests(stream) === 0) {
      readableByteStreamControllerEnqueueChunkToQueue(c, transferredBuffer, byteOffset, byteLength);
    } else {
      if (c.pendingPullIntos.length > 0) readableByteStreamControllerShiftPendingPullInto(c);
      const transferredView = new Uint8Array(transferredBuffer, byteOffset, byteLength);
      readableStreamFulfillReadRequest(stream, transferredView, false);
    }
  } else if (readableStreamHasBYOBReader(stream)) {
    readableByteStreamControllerEnqueueChunkToQueue(c, transferredBuffer, byteOffset, byteLength);
    const filled = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(c);
    for (let i = 0; i < filled.length; i++) {
      readableByteStreamControllerCommitPullIntoDescriptor(stream, filled[i]);
    }
  } else {
    readableByteStreamControllerEnqueueChunkToQueue(c, transferredBuffer, byteOffset, byteLength);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerEnqueueChunkToQueue(c, buffer, byteOffset, byteLength) {
  c.queue.push({ buffer, byteOffset, byteLength });
  c.queueTotalSize += byteLength;
}

function readableByteStreamControllerEnqueueClonedChunkToQueue(c, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = buffer.slice(byteOffset, byteOffset + byteLength);
  } catch (error) {
    readableByteStreamControllerError({ [kState]: c }, error);
    throw error;
  }
  readableByteStreamControllerEnqueueChunkToQueue(c, clone, 0, byteLength);
}

function readableByteStreamControllerEnqueueDetachedPullIntoToQueue(c, pullInto) {
  if (pullInto.bytesFilled > 0) {
    readableByteStreamControllerEnqueueClonedChunkToQueue(c, pullInto.buffer, pullInto.byteOffset,
                                                          pullInto.bytesFilled);
  }
  readableByteStreamControllerShiftPendingPullInto(c);
}

function readableByteStreamControllerShiftPendingPullInto(c) {
  return c.pendingPullIntos.shift();
}

function readableByteStreamControllerProcessReadRequestsUsingQueue(c) {
  const reader = c.stream[kState].reader;
  const requests = reader[kState].requests;
  while (requests.length > 0) {
    if (c.queueTotalSize === 0) return;
    readableByteStreamControllerFillReadRequestFromQueue(c, requests.shift());
  }
}

function readableByteStreamControllerFillReadRequestFromQueue(c, request) {
  const entry = c.queue.shift();
  c.queueTotalSize -= entry.byteLength;
  readableByteStreamControllerHandleQueueDrain(c);
  request.chunk(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function readableByteStreamControllerHandleQueueDrain(c) {
  if (c.queueTotalSize === 0 && c.closeRequested) {
    readableByteStreamControllerClearAlgorithms(c);
    readableStreamClose(c.stream);
  } else {
    readableByteStreamControllerCallPullIfNeeded(c.stream[kState].controller);
  }
}

function readableByteStreamControllerFillHeadPullIntoDescriptor(c, size, pullInto) {
  pullInto.bytesFilled += size;
}

function readableByteStreamControllerFillPullIntoDescriptorFromQueue(c, pullInto) {
  const maxBytesToCopy = Math.min(c.queueTotalSize, pullInto.byteLength - pullInto.bytesFilled);
  const maxBytesFilled = pullInto.bytesFilled + maxBytesToCopy;
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  const remainderBytes = maxBytesFilled % pullInto.elementSize;
  const maxAlignedBytes = maxBytesFilled - remainderBytes;
  if (maxAlignedBytes >= pullInto.minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - pullInto.bytesFilled;
    ready = true;
  }
  const queue = c.queue;
  while (totalBytesToCopyRemaining > 0) {
    const head = queue.peek();
    const bytesToCopy = Math.min(totalBytesToCopyRemaining, head.byteLength);
    const destStart = pullInto.byteOffset + pullInto.bytesFilled;
    new Uint8Array(pullInto.buffer, destStart, bytesToCopy)
      .set(new Uint8Array(head.buffer, head.byteOffset, bytesToCopy));
    if (head.byteLength === bytesToCopy) {
      queue.shift();
    } else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    c.queueTotalSize -= bytesToCopy;
    readableByteStreamControllerFillHeadPullIntoDescriptor(c, bytesToCopy, pullInto);
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}

function readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(c) {
  const filled = [];
  while (c.pendingPullIntos.length > 0) {
    if (c.queueTotalSize === 0) break;
    const pullInto = c.pendingPullIntos.peek();
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(c, pullInto)) {
      readableByteStreamControllerShiftPendingPullInto(c);
      filled.push(pullInto);
    }
  }
  return filled;
}

function readableByteStreamControllerConvertPullIntoDescriptor(pullInto) {
  const buffer = transferArrayBuffer(pullInto.buffer);
  const Ctor = pullInto.viewConstructor;
  return new Ctor(buffer, pullInto.byteOffset, pullInto.bytesFilled / pullInto.elementSize);
}

function readableByteStreamControllerCommitPullIntoDescriptor(stream, pullInto) {
  let done = false;
  if (stream[kState].state === 'closed') done = true;
  const filledView = readableByteStreamControllerConvertPullIntoDescriptor(pullInto);
  if (pullInto.readerType === 'default') {
    readableStreamFulfillReadRequest(stream, filledView, done);
  } else {
    readableStreamFulfillReadIntoRequest(stream, filledView, done);
  }
}

function readableByteStreamControllerPullInto(controller, view, min, request) {
  const c = controller[kState];
  const stream = c.stream;
  let elementSize = 1;
  let Ctor = DataView;
  if (!(view instanceof DataView)) {
    elementSize = view.BYTES_PER_ELEMENT;
    Ctor = view.constructor;
    // A subclass (Buffer) reads back as its typed array base.
    while (Ctor && !Object.prototype.hasOwnProperty.call(Ctor, 'BYTES_PER_ELEMENT')) {
      Ctor = Object.getPrototypeOf(Ctor);
    }
  }
  const minimumFill = min * elementSize;
  const byteOffset = view.byteOffset;
  const byteLength = view.byteLength;
  let buffer;
  try {
    buffer = transferArrayBuffer(view.buffer);
  } catch (error) {
    request.error(error);
    return;
  }
  const pullInto = {
    buffer,
    bufferByteLength: buffer.byteLength,
    byteOffset,
    byteLength,
    bytesFilled: 0,
    minimumFill,
    elementSize,
    viewConstructor: Ctor,
    readerType: 'byob',
  };
  if (c.pendingPullIntos.length > 0) {
    c.pendingPullIntos.push(pullInto);
    readableStreamAddReadRequest(stream, request);
    return;
  }
  if (stream[kState].state === 'closed') {
    request.close(new Ctor(pullInto.buffer, pullInto.byteOffset, 0));
    return;
  }
  if (c.queueTotalSize > 0) {
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(c, pullInto)) {
      const filledView = readableByteStreamControllerConvertPullIntoDescriptor(pullInto);
      readableByteStreamControllerHandleQueueDrain(c);
      request.chunk(filledView);
      return;
    }
    if (c.closeRequested) {
      const error = invalidState('ReadableStream is closed');
      readableByteStreamControllerError(controller, error);
      request.error(error);
      return;
    }
  }
  c.pendingPullIntos.push(pullInto);
  readableStreamAddReadRequest(stream, request);
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerRespond(controller, bytesWritten) {
  const c = controller[kState];
  const first = c.pendingPullIntos.peek();
  const state = c.stream[kState].state;
  if (state === 'closed') {
    if (bytesWritten !== 0) {
      throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten, 'must be 0 on a closed stream');
    }
  } else {
    if (bytesWritten === 0) {
      throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten, 'must be > 0 on a readable stream');
    }
    if (first.bytesFilled + bytesWritten > first.byteLength) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
  }
  first.buffer = transferArrayBuffer(first.buffer);
  readableByteStreamControllerRespondInternal(controller, bytesWritten);
}

function readableByteStreamControllerRespondInternal(controller, bytesWritten) {
  const c = controller[kState];
  const first = c.pendingPullIntos.peek();
  readableByteStreamControllerInvalidateBYOBRequest(c);
  if (c.stream[kState].state === 'closed') {
    readableByteStreamControllerRespondInClosedState(c, first);
  } else {
    readableByteStreamControllerRespondInReadableState(c, bytesWritten, first);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerRespondInClosedState(c, first) {
  if (first.readerType === 'none') readableByteStreamControllerShiftPendingPullInto(c);
  const stream = c.stream;
  if (readableStreamHasBYOBReader(stream)) {
    const filled = [];
    while (filled.length < readableStreamGetNumReadRequests(stream)) {
      filled.push(readableByteStreamControllerShiftPendingPullInto(c));
    }
    for (let i = 0; i < filled.length; i++) {
      readableByteStreamControllerCommitPullIntoDescriptor(stream, filled[i]);
    }
  }
}

function readableByteStreamControllerRespondInReadableState(c, bytesWritten, pullInto) {
  readableByteStreamControllerFillHeadPullIntoDescriptor(c, bytesWritten, pullInto);
  const stream = c.stream;
  if (pullInto.readerType === 'none') {
    readableByteStreamControllerEnqueueDetachedPullIntoToQueue(c, pullInto);
    const filled = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(c);
    for (let i = 0; i < filled.length; i++) {
      readableByteStreamControllerCommitPullIntoDescriptor(stream, filled[i]);
    }
    return;
  }
  if (pullInto.bytesFilled < pullInto.minimumFill) return;
  readableByteStreamControllerShiftPendingPullInto(c);
  const remainderSize = pullInto.bytesFilled % pullInto.elementSize;
  if (remainderSize > 0) {
    const end = pullInto.byteOffset + pullInto.bytesFilled;
    readableByteStreamControllerEnqueueClonedChunkToQueue(c, pullInto.buffer, end - remainderSize,
                                                          remainderSize);
  }
  pullInto.bytesFilled -= remainderSize;
  const filled = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(c);
  readableByteStreamControllerCommitPullIntoDescriptor(stream, pullInto);
  for (let i = 0; i < filled.length; i++) {
    readableByteStreamControllerCommitPullIntoDescriptor(stream, filled[i]);
  }
}

function readableByteStreamControllerRespondWithNewView(controller, view) {
  const c = controller[kState];
  const first = c.pendingPullIntos.peek();
  const state = c.stream[kState].state;
  if (state === 'closed') {
    if (view.byteLength !== 0) {
      throw new ERR_INVALID_ARG_VALUE('view', view, 'must have zero length on a closed stream');
    }
  } else if (view.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('view', view, 'must not have zero length on a readable stream');
  }
  if (first.byteOffset + first.bytesFilled !== view.byteOffset) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'has an invalid byteOffset');
  }
  if (first.bufferByteLength !== view.buffer.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'has an invalid buffer length');
  }
  if (first.bytesFilled + view.byteLength > first.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'is too long');
  }
  const viewByteLength = view.byteLength;
  first.buffer = transferArrayBuffer(view.buffer);
  readableByteStreamControllerRespondInternal(controller, viewByteLength);
}

function readableByteStreamControllerCancelSteps(controller, reason) {
  const c = controller[kState];
  readableByteStreamControllerClearPendingPullIntos(c);
  readableByteStreamControllerResetQueue(c);
  const result = callPromise(c.cancel, c.source, reason);
  readableByteStreamControllerClearAlgorithms(c);
  return result;
}

function readableByteStreamControllerPullSteps(controller, request) {
  const c = controller[kState];
  const stream = c.stream;
  if (c.queueTotalSize > 0) {
    readableByteStreamControllerFillReadRequestFromQueue(c, request);
    return;
  }
  const size = c.autoAllocateChunkSize;
  if (size !== undefined) {
    let buffer;
    try {
      buffer = new ArrayBuffer(size);
    } catch (error) {
      request.error(error);
      return;
    }
    c.pendingPullIntos.push({
      buffer,
      bufferByteLength: size,
      byteOffset: 0,
      byteLength: size,
      bytesFilled: 0,
      minimumFill: 1,
      elementSize: 1,
      viewConstructor: Uint8Array,
      readerType: 'default',
    });
  }
  readableStreamAddReadRequest(stream, request);
  readableByteStreamControllerCallPullIfNeeded(controller);
}

function readableByteStreamControllerReleaseSteps(controller) {
  const c = controller[kState];
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos.peek();
    first.readerType = 'none';
    c.pendingPullIntos = new Queue();
    c.pendingPullIntos.push(first);
  }
}

// ----------------------------------------------------------------------------------------------
// Streams made by the runtime itself (tee branches, TransformStream's readable, adapters)

function createReadableStream(source, highWaterMark = 1, sizeAlgorithm = undefined) {
  const stream = Object.create(ReadableStream.prototype);
  initializeReadableStream(stream);
  setUpReadableStreamDefaultController(stream, new ReadableStreamDefaultController(kSkipThrow),
                                       source, ownMember(source, 'start'), ownMember(source, 'pull'), ownMember(source, 'cancel'),
                                       highWaterMark, sizeAlgorithm);
  return stream;
}

function createReadableByteStream(source) {
  const stream = Object.create(ReadableStream.prototype);
  initializeReadableStream(stream);
  setUpReadableByteStreamController(stream, new ReadableByteStreamController(kSkipThrow),
                                    source, ownMember(source, 'start'), ownMember(source, 'pull'), ownMember(source, 'cancel'), 0, undefined);
  return stream;
}

// ----------------------------------------------------------------------------------------------
// tee

function readableStreamTee(stream, cloneForBranch2) {
  if (stream[kState].controller instanceof ReadableByteStreamController) {
    return readableByteStreamTee(stream);
  }
  return readableStreamDefaultTee(stream, cloneForBranch2);
}

function readableStreamDefaultTee(stream, cloneForBranch2) {
  const reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = createDeferredPromise();

  const readRequest = {
    chunk(value) {
      queueMicrotask(() => {
        readAgain = false;
        const chunk1 = value;
        let chunk2 = value;
        if (!canceled2 && cloneForBranch2) chunk2 = structuredClone(value);
        if (!canceled1) readableStreamDefaultControllerEnqueue(branch1[kState].controller, chunk1);
        if (!canceled2) readableStreamDefaultControllerEnqueue(branch2[kState].controller, chunk2);
        reading = false;
        if (readAgain) pullAlgorithm();
      });
    },
    close() {
      reading = false;
      if (!canceled1) readableStreamDefaultControllerClose(branch1[kState].controller);
      if (!canceled2) readableStreamDefaultControllerClose(branch2[kState].controller);
      if (!canceled1 || !canceled2) cancelPromise.resolve();
    },
    error() {
      reading = false;
    },
  };

  function pullAlgorithm() {
    if (reading) {
      readAgain = true;
      return PromiseResolve();
    }
    reading = true;
    readableStreamDefaultReaderRead(reader, readRequest);
    return PromiseResolve();
  }

  function cancel1(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) {
      const result = readableStreamCancel(stream, [reason1, reason2]);
      cancelPromise.resolve(result);
    }
    return cancelPromise.promise;
  }

  function cancel2(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) {
      const result = readableStreamCancel(stream, [reason1, reason2]);
      cancelPromise.resolve(result);
    }
    return cancelPromise.promise;
  }

  branch1 = createReadableStream({ pull: pullAlgorithm, cancel: cancel1 });
  branch2 = createReadableStream({ pull: pullAlgorithm, cancel: cancel2 });

  uponPromise(reader[kState].closed.promise, undefined, (error) => {
    readableStreamDefaultControllerError(branch1[kState].controller, error);
    readableStreamDefaultControllerError(branch2[kState].controller, error);
    if (!canceled1 || !canceled2) cancelPromise.resolve();
  });

  return [branch1, branch2];
}

function cloneAsUint8Array(view) {
  const buffer = view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength);
  return new Uint8Array(buffer);
}

function readableByteStreamTee(stream) {
  let reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgainForBranch1 = false;
  let readAgainForBranch2 = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = createDeferredPromise();

  function forwardReaderError(thisReader) {
    uponPromise(thisReader[kState].closed.promise, undefined, (error) => {
      if (thisReader !== reader) return;
      readableByteStreamControllerError(branch1[kState].controller, error);
      readableByteStreamControllerError(branch2[kState].controller, error);
      if (!canceled1 || !canceled2) cancelPromise.resolve();
    });
  }

  function pullWithDefaultReader() {
    if (isReadableStreamBYOBReader(reader)) {
      readableStreamBYOBReaderRelease(reader);
      reader = new ReadableStreamDefaultReader(stream);
      forwardReaderError(reader);
    }
    const readRequest = {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const chunk1 = chunk;
          let chunk2 = chunk;
          if (!canceled1 && !canceled2) {
            try {
              chunk2 = cloneAsUint8Array(chunk);
            } catch (error) {
              readableByteStreamControllerError(branch1[kState].controller, error);
              readableByteStreamControllerError(branch2[kState].controller, error);
              cancelPromise.resolve(readableStreamCancel(stream, error));
              return;
            }
          }
          if (!canceled1) readableByteStreamControllerEnqueue(branch1[kState].controller, chunk1);
          if (!canceled2) readableByteStreamControllerEnqueue(branch2[kState].controller, chunk2);
          reading = false;
          if (readAgainForBranch1) pull1Algorithm();
          else if (readAgainForBranch2) pull2Algorithm();
        });
      },
      close() {
        reading = false;
        if (!canceled1) readableByteStreamControllerClose(branch1[kState].controller);
        if (!canceled2) readableByteStreamControllerClose(branch2[kState].controller);
        if (branch1[kState].controller[kState].pendingPullIntos.length > 0) {
          readableByteStreamControllerRespond(branch1[kState].controller, 0);
        }
        if (branch2[kState].controller[kState].pendingPullIntos.length > 0) {
          readableByteStreamControllerRespond(branch2[kState].controller, 0);
        }
        if (!canceled1 || !canceled2) cancelPromise.resolve();
      },
      error() {
        reading = false;
      },
    };
    readableStreamDefaultReaderRead(reader, readRequest);
  }

  function pullWithBYOBReader(view, forBranch2) {
    if (isReadableStreamDefaultReader(reader)) {
      readableStreamDefaultReaderRelease(reader);
      reader = new ReadableStreamBYOBReader(stream);
      forwardReaderError(reader);
    }
    const byobBranch = forBranch2 ? branch2 : branch1;
    const otherBranch = forBranch2 ? branch1 : branch2;
    const readIntoRequest = {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const byobCanceled = forBranch2 ? canceled2 : canceled1;
          const otherCanceled = forBranch2 ? canceled1 : canceled2;
          if (!otherCanceled) {
            let clonedChunk;
            try {
              clonedChunk = cloneAsUint8Array(chunk);
            } catch (error) {
              readableByteStreamControllerError(byobBranch[kState].controller, error);
              readableByteStreamControllerError(otherBranch[kState].controller, error);
              cancelPromise.resolve(readableStreamCancel(stream, error));
              return;
            }
            if (!byobCanceled) {
              readableByteStreamControllerRespondWithNewView(byobBranch[kState].controller, chunk);
            }
            readableByteStreamControllerEnqueue(otherBranch[kState].controller, clonedChunk);
          } else if (!byobCanceled) {
            readableByteStreamControllerRespondWithNewView(byobBranch[kState].controller, chunk);
          }
          reading = false;
          if (readAgainForBranch1) pull1Algorithm();
          else if (readAgainForBranch2) pull2Algorithm();
        });
      },
      close(chunk) {
        reading = false;
        const byobCanceled = forBranch2 ? canceled2 : canceled1;
        const otherCanceled = forBranch2 ? canceled1 : canceled2;
        if (!byobCanceled) readableByteStreamControllerClose(byobBranch[kState].controller);
        if (!otherCanceled) readableByteStreamControllerClose(otherBranch[kState].controller);
        if (chunk !== undefined) {
          if (!byobCanceled) {
            readableByteStreamControllerRespondWithNewView(byobBranch[kState].controller, chunk);
          }
          if (!otherCanceled &&
              otherBranch[kState].controller[kState].pendingPullIntos.length > 0) {
            readableByteStreamControllerRespond(otherBranch[kState].controller, 0);
          }
        }
        if (!byobCanceled || !otherCanceled) cancelPromise.resolve();
      },
      error() {
        reading = false;
      },
    };
    readableStreamBYOBReaderRead(reader, view, 1, readIntoRequest);
  }

  function pull1Algorithm() {
    if (reading) {
      readAgainForBranch1 = true;
      return PromiseResolve();
    }
    reading = true;
    const byobRequest = readableByteStreamControllerGetBYOBRequest(branch1[kState].controller);
    if (byobRequest === null) pullWithDefaultReader();
    else pullWithBYOBReader(byobRequest[kState].view, false);
    return PromiseResolve();
  }

  function pull2Algorithm() {
    if (reading) {
      readAgainForBranch2 = true;
      return PromiseResolve();
    }
    reading = true;
    const byobRequest = readableByteStreamControllerGetBYOBRequest(branch2[kState].controller);
    if (byobRequest === null) pullWithDefaultReader();
    else pullWithBYOBReader(byobRequest[kState].view, true);
    return PromiseResolve();
  }

  function cancel1(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  function cancel2(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  branch1 = createReadableByteStream({ pull: pull1Algorithm, cancel: cancel1 });
  branch2 = createReadableByteStream({ pull: pull2Algorithm, cancel: cancel2 });
  forwardReaderError(reader);
  return [branch1, branch2];
}

// ----------------------------------------------------------------------------------------------
// pipeTo

function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  const W = writable();
  const reader = new ReadableStreamDefaultReader(source);
  const writer = W.acquireWritableStreamDefaultWriter(dest);
  source[kState].disturbed = true;
  let shuttingDown = false;
  // Writes in flight, counted instead of chaining a promise per chunk.
  let pendingWrites = 0;
  let writesDrained;
  const done = createDeferredPromise();
  const ds = dest[kState];
  const ss = source[kState];
  let abortAlgorithm;

  function finalize(isError, error) {
    W.writableStreamDefaultWriterRelease(writer);
    readableStreamDefaultReaderRelease(reader);
    if (signal !== undefined) signal.removeEventListener('abort', abortAlgorithm);
    if (isError) done.reject(error);
    else done.resolve();
  }

  function waitForWritesToFinish() {
    if (pendingWrites === 0) return kResolvedPromise;
    writesDrained ??= createDeferredPromise();
    return writesDrained.promise;
  }

  function writeSettled() {
    if (--pendingWrites === 0 && writesDrained !== undefined) {
      const d = writesDrained;
      writesDrained = undefined;
      d.resolve();
    }
  }

  function shutdownWithAction(action, originalIsError, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    const doTheRest = () => {
      uponPromise(action(), () => finalize(originalIsError, originalError),
                  (newError) => finalize(true, newError));
    };
    if (ds.state === 'writable' && !W.writableStreamCloseQueuedOrInFlight(dest)) {
      uponPromise(waitForWritesToFinish(), doTheRest);
    } else {
      doTheRest();
    }
  }

  function shutdown(isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (ds.state === 'writable' && !W.writableStreamCloseQueuedOrInFlight(dest)) {
      uponPromise(waitForWritesToFinish(), () => finalize(isError, error));
    } else {
      finalize(isError, error);
    }
  }

  if (signal !== undefined) {
    abortAlgorithm = () => {
      const error = signal.reason;
      const actions = [];
      if (!preventAbort) {
        actions.push(() => (ds.state === 'writable' ? W.writableStreamAbort(dest, error) : PromiseResolve()));
      }
      if (!preventCancel) {
        actions.push(() => (ss.state === 'readable' ? readableStreamCancel(source, error) : PromiseResolve()));
      }
      shutdownWithAction(() => Promise.all(actions.map((action) => action())), true, error);
    };
    if (signal.aborted) {
      abortAlgorithm();
      return done.promise;
    }
    signal.addEventListener('abort', abortAlgorithm);
  }

  // One read request and one write request serve the whole pipe; their steps continue it.
  const swallow = () => {};
  const writeRequest = { resolve: writeSettled, reject: writeSettled };
  const writerState = writer[kState];
  const readRequest = {
    chunk(chunk) {
      pendingWrites++;
      W.writableStreamDefaultWriterWriteWithRequest(writer, chunk, writeRequest);
      waitForReady();
    },
    close() {},
    error() {},
  };

  // The spec's loop waits on the writer's ready promise before every read.
  function waitForReady() {
    const ready = writerState.ready;
    if (ready.settled && !ready.rejected) uponPromise(kResolvedPromise, pipeStep);
    else uponPromise(ready.promise, pipeStep, swallow);
  }

  function pipeStep() {
    if (shuttingDown || ds.state === 'erroring' || ds.state === 'errored') return;
    // The ready promise may have been replaced while this step waited on the old one.
    if (ds.backpressure && ds.state === 'writable') {
      waitForReady();
      return;
    }
    readableStreamDefaultReaderRead(reader, readRequest);
  }

  // Source errored or errors
  const onSourceErrored = (storedError) => {
    if (!preventAbort) shutdownWithAction(() => W.writableStreamAbort(dest, storedError), true, storedError);
    else shutdown(true, storedError);
  };
  const onDestErrored = (storedError) => {
    if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, storedError), true, storedError);
    else shutdown(true, storedError);
  };
  const onSourceClosed = () => {
    if (!preventClose) {
      shutdownWithAction(() => W.writableStreamDefaultWriterCloseWithErrorPropagation(writer));
    } else {
      shutdown();
    }
  };

  if (ss.state === 'errored') onSourceErrored(ss.storedError);
  else uponPromise(reader[kState].closed.promise, undefined, onSourceErrored);

  if (ds.state === 'errored') onDestErrored(ds.storedError);
  else uponPromise(writerState.closed.promise, undefined, onDestErrored);

  if (ss.state === 'closed') onSourceClosed();
  else uponPromise(reader[kState].closed.promise, onSourceClosed, swallow);

  if (W.writableStreamCloseQueuedOrInFlight(dest) || ds.state === 'closed') {
    const destClosed = invalidState('the destination writable stream closed before all data could be piped to it');
    if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, destClosed), true, destClosed);
    else shutdown(true, destClosed);
  }

  // The loop starts once the writer's ready promise settles, as the spec's pipeLoop does.
  waitForReady();
  return done.promise;
}

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableByteStreamController,
  ReadableStreamDefaultController,
  isReadableStream,
  isReadableStreamLocked,
  readableStreamCancel,
  readableStreamClose,
  readableStreamError,
  readableStreamTee,
  readableStreamPipeTo,
  readableStreamDefaultReaderRead,
  readableStreamDefaultReaderRelease,
  readableStreamDefaultControllerEnqueue,
  readableStreamDefaultControllerClose,
  readableStreamDefaultControllerError,
  readableStreamDefaultControllerGetDesiredSize,
  readableStreamDefaultControllerHasBackpressure,
  readableStreamDefaultControllerCanCloseOrEnqueue,
  readableByteStreamControllerEnqueue,
  readableByteStreamControllerClose,
  readableByteStreamControllerError,
  createReadableStream,
  createReadableByteStream,
  setUpReadableStreamDefaultController,
  kSkipThrow,
};
