'use strict';
// WritableStream, its writer and controller (WHATWG Streams Standard) with Node v24's errors
// and inspect views. Served as internal/webstreams/writablestream.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
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
  resolvedLazy,
  rejectedLazy,
  setPromiseHandled,
  uponPromise,
  callPromise,
  callPromise0,
  FunctionPrototypeCall,
  ownMember,
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
} = require('internal/webstreams/util');
const {
  kIsClosedPromise,
  kIsErrored,
  kIsWritable,
  kControllerErrorFunction,
} = require('internal/streams/utils');

const kSkipThrow = Symbol('kSkipThrow');
const kCloseSentinel = Symbol('kCloseSentinel');

let AbortControllerCtor;
function newAbortController() {
  AbortControllerCtor ??= require('internal/abort_controller').AbortController;
  return new AbortControllerCtor();
}

function isWritableStream(value) {
  return value?.[kType] === 'WritableStream';
}

function isWritableStreamDefaultWriter(value) {
  return value?.[kType] === 'WritableStreamDefaultWriter';
}

class WritableStream {
  constructor(sink = undefined, strategy = undefined) {
    if (sink === null) throw new ERR_INVALID_ARG_TYPE('sink', 'Object', sink);
    if (sink !== undefined && typeof sink !== 'object' && typeof sink !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('sink', 'object', sink);
    }
    strategy = toDictionary(strategy, 'strategy');
    const strategyHWM = strategy.highWaterMark;
    const strategySize = strategy.size;
    if (strategySize !== undefined && typeof strategySize !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('strategy.size', 'Function', strategySize);
    }
    const dict = sink === undefined ? kEmptyObject : sink;
    const abort = getCallback(dict, 'abort', 'sink');
    const close = getCallback(dict, 'close', 'sink');
    const start = getCallback(dict, 'start', 'sink');
    const type = dict.type;
    const write = getCallback(dict, 'write', 'sink');
    if (type !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('type', type);
    initializeWritableStream(this);
    const strat = { highWaterMark: strategyHWM, size: strategySize };
    const size = extractSizeAlgorithm(strat);
    const hwm = extractHighWaterMark(strat, 1);
    setUpWritableStreamDefaultController(this, new WritableStreamDefaultController(kSkipThrow),
                                         dict, start, write, close, abort, hwm, size);
  }

  get [kIsErrored]() { return this[kState].state === 'errored'; }
  get [kIsWritable]() { return this[kState].state === 'writable'; }

  get locked() {
    if (!isWritableStream(this)) throw new ERR_INVALID_THIS('WritableStream');
    return this[kState].writer !== undefined;
  }

  abort(reason = undefined) {
    if (!isWritableStream(this)) return PromiseReject(new ERR_INVALID_THIS('WritableStream'));
    if (this[kState].writer !== undefined) return PromiseReject(invalidState('WritableStream is locked'));
    return writableStreamAbort(this, reason);
  }

  close() {
    if (!isWritableStream(this)) return PromiseReject(new ERR_INVALID_THIS('WritableStream'));
    if (this[kState].writer !== undefined) return PromiseReject(invalidState('WritableStream is locked'));
    if (writableStreamCloseQueuedOrInFlight(this)) {
      return PromiseReject(invalidState('Failure closing WritableStream'));
    }
    return writableStreamClose(this);
  }

  getWriter() {
    if (!isWritableStream(this)) throw new ERR_INVALID_THIS('WritableStream');
    return new WritableStreamDefaultWriter(this);
  }

  [customInspectSymbol](depth, options) {
    const s = this[kState];
    return customInspect.call(this, depth, options, this[kType], {
      locked: s.writer !== undefined,
      state: s.state,
    });
  }
}

WritableStream.prototype[kType] = undefined;
defineWebIDL(WritableStream, 'WritableStream', ['locked', 'abort', 'close', 'getWriter']);

function initializeWritableStream(stream) {
  stream[kType] = 'WritableStream';
  stream[kState] = {
    state: 'writable',
    storedError: undefined,
    writer: undefined,
    controller: undefined,
    inFlightWriteRequest: undefined,
    closeRequest: undefined,
    inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined,
    writeRequests: [],
    writeHead: 0,
    backpressure: false,
  };
  stream[kIsClosedPromise] = new LazyDeferred();
}

function createWritableStream(sink, highWaterMark = 1, sizeAlgorithm = undefined) {
  const stream = Object.create(WritableStream.prototype);
  initializeWritableStream(stream);
  setUpWritableStreamDefaultController(stream, new WritableStreamDefaultController(kSkipThrow),
                                       sink, ownMember(sink, 'start'), ownMember(sink, 'write'), ownMember(sink, 'close'),
                                       ownMember(sink, 'abort'),
                                       highWaterMark, sizeAlgorithm);
  return stream;
}

// ----------------------------------------------------------------------------------------------
// Writer

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isWritableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    this[kType] = 'WritableStreamDefaultWriter';
    this[kState] = { stream: undefined, ready: undefined, closed: undefined };
    setUpWritableStreamDefaultWriter(this, stream);
  }

  get closed() {
    if (!isWritableStreamDefaultWriter(this)) {
      return PromiseReject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    return this[kState].closed.promise;
  }

  get desiredSize() {
    if (!isWritableStreamDefaultWriter(this)) throw new ERR_INVALID_THIS('WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) throw invalidState('Writer is not bound to a WritableStream');
    return writableStreamDefaultWriterGetDesiredSize(this);
  }

  get ready() {
    if (!isWritableStreamDefaultWriter(this)) {
      return PromiseReject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    return this[kState].ready.promise;
  }

  abort(reason = undefined) {
    if (!isWritableStreamDefaultWriter(this)) {
      return PromiseReject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    const stream = this[kState].stream;
    if (stream === undefined) return PromiseReject(invalidState('Writer is not bound to a WritableStream'));
    return writableStreamAbort(stream, reason);
  }

  close() {
    if (!isWritableStreamDefaultWriter(this)) {
      return PromiseReject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    const stream = this[kState].stream;
    if (stream === undefined) return PromiseReject(invalidState('Writer is not bound to a WritableStream'));
    if (writableStreamCloseQueuedOrInFlight(stream)) {
      return PromiseReject(invalidState('Failure to close WritableStream'));
    }
    return writableStreamClose(stream);
  }

  releaseLock() {
    if (!isWritableStreamDefaultWriter(this)) throw new ERR_INVALID_THIS('WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) return;
    writableStreamDefaultWriterRelease(this);
  }

  write(chunk = undefined) {
    if (!isWritableStreamDefaultWriter(this)) {
      return PromiseReject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    if (this[kState].stream === undefined) {
      return PromiseReject(invalidState('Writer is not bound to a WritableStream'));
    }
    return writableStreamDefaultWriterWrite(this, chunk);
  }

  [customInspectSymbol](depth, options) {
    const w = this[kState];
    let desiredSize;
    try {
      desiredSize = w.stream === undefined ? undefined : writableStreamDefaultWriterGetDesiredSize(this);
    } catch {
      // desiredSize stays undefined
    }
    return customInspect.call(this, depth, options, this[kType], {
      stream: w.stream,
      close: w.closed.promise,
      ready: w.ready.promise,
      desiredSize,
    });
  }
}

WritableStreamDefaultWriter.prototype[kType] = undefined;
defineWebIDL(WritableStreamDefaultWriter, 'WritableStreamDefaultWriter',
             ['closed', 'desiredSize', 'ready', 'abort', 'close', 'releaseLock', 'write']);

function setUpWritableStreamDefaultWriter(writer, stream) {
  const s = stream[kState];
  if (s.writer !== undefined) throw invalidState('WritableStream is locked');
  const w = writer[kState];
  w.stream = stream;
  s.writer = writer;
  const state = s.state;
  if (state === 'writable') {
    if (!writableStreamCloseQueuedOrInFlight(stream) && s.backpressure) {
      w.ready = new LazyDeferred();
    } else {
      w.ready = resolvedLazy();
    }
    w.closed = new LazyDeferred();
  } else if (state === 'erroring') {
    w.ready = rejectedLazy(s.storedError);
    w.closed = new LazyDeferred();
  } else if (state === 'closed') {
    w.ready = resolvedLazy();
    w.closed = resolvedLazy();
  } else {
    w.ready = rejectedLazy(s.storedError);
    w.closed = rejectedLazy(s.storedError);
  }
}

function acquireWritableStreamDefaultWriter(stream) {
  return new WritableStreamDefaultWriter(stream);
}

function writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, error) {
  const w = writer[kState];
  if (!w.ready.settled) w.ready.reject(error);
  else w.ready = rejectedLazy(error);
}

function writableStreamDefaultWriterEnsureClosedPromiseRejected(writer, error) {
  const w = writer[kState];
  if (!w.closed.settled) w.closed.reject(error);
  else w.closed = rejectedLazy(error);
}

function writableStreamDefaultWriterGetDesiredSize(writer) {
  const stream = writer[kState].stream;
  const s = stream[kState];
  if (s.state === 'errored' || s.state === 'erroring') return null;
  if (s.state === 'closed') return 0;
  const c = s.controller[kState];
  return c.highWaterMark - c.queueTotalSize;
}

function writableStreamDefaultWriterRelease(writer) {
  const w = writer[kState];
  const stream = w.stream;
  const releasedError = invalidState('Writer has been released');
  writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, releasedError);
  writableStreamDefaultWriterEnsureClosedPromiseRejected(writer, releasedError);
  stream[kState].writer = undefined;
  w.stream = undefined;
}

function writableStreamDefaultWriterWrite(writer, chunk) {
  const stream = writer[kState].stream;
  const s = stream[kState];
  const controller = s.controller;
  const chunkSize = writableStreamDefaultControllerGetChunkSize(controller, chunk);
  if (stream !== writer[kState].stream) {
    return PromiseReject(invalidState('Writer is not bound to a WritableStream'));
  }
  const state = s.state;
  if (state === 'errored') return PromiseReject(s.storedError);
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') {
    return PromiseReject(invalidState('WritableStream is closed'));
  }
  if (state === 'erroring') return PromiseReject(s.storedError);
  const promise = writableStreamAddWriteRequest(stream);
  writableStreamDefaultControllerWrite(controller, chunk, chunkSize);
  return promise;
}

// The pipe's writes: the request is an object with resolve/reject instead of a new promise.
function writableStreamDefaultWriterWriteWithRequest(writer, chunk, request) {
  const stream = writer[kState].stream;
  const s = stream[kState];
  const controller = s.controller;
  const chunkSize = writableStreamDefaultControllerGetChunkSize(controller, chunk);
  const state = s.state;
  if (stream !== writer[kState].stream) {
    request.reject(invalidState('Writer is not bound to a WritableStream'));
  } else if (state === 'errored' || state === 'erroring') {
    request.reject(s.storedError);
  } else if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') {
    request.reject(invalidState('WritableStream is closed'));
  } else {
    s.writeRequests.push(request);
    writableStreamDefaultControllerWrite(controller, chunk, chunkSize);
  }
}

function writableStreamDefaultWriterCloseWithErrorPropagation(writer) {
  const stream = writer[kState].stream;
  const s = stream[kState];
  if (writableStreamCloseQueuedOrInFlight(stream) || s.state === 'closed') return PromiseResolve();
  if (s.state === 'errored') return PromiseReject(s.storedError);
  return writableStreamClose(stream);
}

// ----------------------------------------------------------------------------------------------
// Stream algorithms

function writableStreamAbort(stream, reason) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') return PromiseResolve();
  s.controller[kState].abortController.abort(reason);
  const state = s.state;
  if (state === 'closed' || state === 'errored') return PromiseResolve();
  if (s.pendingAbortRequest !== undefined) return s.pendingAbortRequest.promise.promise;
  let wasAlreadyErroring = false;
  if (state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const promise = createDeferredPromise();
  s.pendingAbortRequest = { promise, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) writableStreamStartErroring(stream, reason);
  return promise.promise;
}

function writableStreamClose(stream) {
  const s = stream[kState];
  const state = s.state;
  if (state === 'closed' || state === 'errored') {
    return PromiseReject(invalidState(`WritableStream is ${state}`));
  }
  const promise = createDeferredPromise();
  s.closeRequest = promise;
  const writer = s.writer;
  if (writer !== undefined && s.backpressure && state === 'writable') {
    writer[kState].ready.resolve();
  }
  writableStreamDefaultControllerClose(s.controller);
  return promise.promise;
}

function writableStreamAddWriteRequest(stream) {
  const d = createDeferredPromise();
  stream[kState].writeRequests.push(d);
  return d.promise;
}

function writableStreamDealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') {
    writableStreamStartErroring(stream, error);
    return;
  }
  writableStreamFinishErroring(stream);
}

function writableStreamStartErroring(stream, reason) {
  const s = stream[kState];
  const controller = s.controller;
  s.state = 'erroring';
  s.storedError = reason;
  const writer = s.writer;
  if (writer !== undefined) writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, reason);
  if (!writableStreamHasOperationMarkedInFlight(stream) && controller[kState].started) {
    writableStreamFinishErroring(stream);
  }
}

function writableStreamFinishErroring(stream) {
  const s = stream[kState];
  s.state = 'errored';
  stream[kIsClosedPromise].reject(s.storedError);
  const controller = s.controller;
  resetQueue(controller[kState]);
  const storedError = s.storedError;
  const requests = s.writeRequests;
  s.writeRequests = [];
  for (let i = s.writeHead; i < requests.length; i++) requests[i].reject(storedError);
  s.writeHead = 0;
  if (s.pendingAbortRequest === undefined) {
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const abortRequest = s.pendingAbortRequest;
  s.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.promise.reject(storedError);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const c = controller[kState];
  const promise = callPromise(c.abort, c.sink, abortRequest.reason);
  writableStreamDefaultControllerClearAlgorithms(c);
  uponPromise(promise, () => {
    abortRequest.promise.resolve();
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    abortRequest.promise.reject(reason);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function writableStreamFinishInFlightWrite(stream) {
  const s = stream[kState];
  s.inFlightWriteRequest.resolve();
  s.inFlightWriteRequest = undefined;
}

function writableStreamFinishInFlightWriteWithError(stream, error) {
  const s = stream[kState];
  s.inFlightWriteRequest.reject(error);
  s.inFlightWriteRequest = undefined;
  writableStreamDealWithRejection(stream, error);
}

function writableStreamFinishInFlightClose(stream) {
  const s = stream[kState];
  s.inFlightCloseRequest.resolve();
  s.inFlightCloseRequest = undefined;
  if (s.state === 'erroring') {
    s.storedError = undefined;
    if (s.pendingAbortRequest !== undefined) {
      s.pendingAbortRequest.promise.resolve();
      s.pendingAbortRequest = undefined;
    }
  }
  s.state = 'closed';
  stream[kIsClosedPromise].resolve();
  const writer = s.writer;
  if (writer !== undefined) writer[kState].closed.resolve();
}

function writableStreamFinishInFlightCloseWithError(stream, error) {
  const s = stream[kState];
  s.inFlightCloseRequest.reject(error);
  s.inFlightCloseRequest = undefined;
  if (s.pendingAbortRequest !== undefined) {
    s.pendingAbortRequest.promise.reject(error);
    s.pendingAbortRequest = undefined;
  }
  writableStreamDealWithRejection(stream, error);
}

function writableStreamCloseQueuedOrInFlight(stream) {
  const s = stream[kState];
  return s.closeRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function writableStreamHasOperationMarkedInFlight(stream) {
  const s = stream[kState];
  return s.inFlightWriteRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function writableStreamRejectCloseAndClosedPromiseIfNeeded(stream) {
  const s = stream[kState];
  if (s.closeRequest !== undefined) {
    s.closeRequest.reject(s.storedError);
    s.closeRequest = undefined;
  }
  const writer = s.writer;
  if (writer !== undefined) {
    const w = writer[kState];
    w.closed.reject(s.storedError);
  }
}

function writableStreamUpdateBackpressure(stream, backpressure) {
  const s = stream[kState];
  const writer = s.writer;
  if (writer !== undefined && backpressure !== s.backpressure) {
    if (backpressure) writer[kState].ready = new LazyDeferred();
    else writer[kState].ready.resolve();
  }
  s.backpressure = backpressure;
}

// ----------------------------------------------------------------------------------------------
// Controller

class WritableStreamDefaultController {
  constructor(skip = undefined) {
    if (skip !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'WritableStreamDefaultController';
  }

  get signal() {
    if (this?.[kType] !== 'WritableStreamDefaultController') {
      throw new ERR_INVALID_THIS('WritableStreamDefaultController');
    }
    return this[kState].abortController.signal;
  }

  error(error = undefined) {
    if (this?.[kType] !== 'WritableStreamDefaultController') {
      throw new ERR_INVALID_THIS('WritableStreamDefaultController');
    }
    if (this[kState].stream[kState].state !== 'writable') return;
    writableStreamDefaultControllerError(this, error);
  }

  [customInspectSymbol](depth, options) {
    return customInspect.call(this, depth, options, this[kType], {});
  }
}

WritableStreamDefaultController.prototype[kType] = undefined;
defineWebIDL(WritableStreamDefaultController, 'WritableStreamDefaultController', ['signal', 'error']);

function setUpWritableStreamDefaultController(stream, controller, sink, start, write, close, abort,
                                              highWaterMark, sizeAlgorithm) {
  const c = {
    stream,
    sink,
    write,
    close,
    abort,
    size: sizeAlgorithm,
    highWaterMark,
    queue: undefined,
    sizes: undefined,
    queueTotalSize: 0,
    started: false,
    abortController: newAbortController(),
    onWriteFulfilled: undefined,
    onWriteRejected: undefined,
  };
  c.onWriteFulfilled = () => {
    writableStreamFinishInFlightWrite(stream);
    const state = stream[kState].state;
    dequeueValue(c);
    if (!writableStreamCloseQueuedOrInFlight(stream) && state === 'writable') {
      writableStreamUpdateBackpressure(stream, c.highWaterMark - c.queueTotalSize <= 0);
    }
    writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  };
  c.onWriteRejected = (reason) => {
    if (stream[kState].state === 'writable') writableStreamDefaultControllerClearAlgorithms(c);
    writableStreamFinishInFlightWriteWithError(stream, reason);
  };
  resetQueue(c);
  controller[kState] = c;
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = (error) => writableStreamDefaultControllerErrorIfNeeded(controller, error);
  const startResult = start === undefined ? undefined : FunctionPrototypeCall(start, sink, controller);
  writableStreamUpdateBackpressure(stream, c.highWaterMark - c.queueTotalSize <= 0);
  uponPromise(PromiseResolve(startResult), () => {
    c.started = true;
    writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }, (error) => {
    c.started = true;
    writableStreamDealWithRejection(stream, error);
  });
}

function writableStreamDefaultControllerClearAlgorithms(c) {
  c.write = undefined;
  c.close = undefined;
  c.abort = undefined;
  c.size = undefined;
  c.sink = undefined;
}

function writableStreamDefaultControllerClose(controller) {
  enqueueValueWithSize(controller[kState], kCloseSentinel, 0);
  writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

function writableStreamDefaultControllerGetChunkSize(controller, chunk) {
  const c = controller[kState];
  if (c.size === undefined) return 1;
  try {
    return FunctionPrototypeCall(c.size, undefined, chunk);
  } catch (error) {
    writableStreamDefaultControllerErrorIfNeeded(controller, error);
    return 1;
  }
}

function writableStreamDefaultControllerWrite(controller, chunk, chunkSize) {
  const c = controller[kState];
  try {
    enqueueValueWithSize(c, chunk, chunkSize);
  } catch (error) {
    writableStreamDefaultControllerErrorIfNeeded(controller, error);
    return;
  }
  const stream = c.stream;
  if (!writableStreamCloseQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
    writableStreamUpdateBackpressure(stream, c.highWaterMark - c.queueTotalSize <= 0);
  }
  writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

function writableStreamDefaultControllerAdvanceQueueIfNeeded(controller) {
  const c = controller[kState];
  const stream = c.stream;
  if (!c.started) return;
  const s = stream[kState];
  if (s.inFlightWriteRequest !== undefined) return;
  if (s.state === 'erroring') {
    writableStreamFinishErroring(stream);
    return;
  }
  if (c.queue.length === 0) return;
  const value = c.queue.peek();
  if (value === kCloseSentinel) {
    writableStreamDefaultControllerProcessClose(controller);
  } else {
    writableStreamDefaultControllerProcessWrite(controller, value);
  }
}

function writableStreamDefaultControllerErrorIfNeeded(controller, error) {
  if (controller[kState].stream[kState].state === 'writable') {
    writableStreamDefaultControllerError(controller, error);
  }
}

function writableStreamDefaultControllerProcessClose(controller) {
  const c = controller[kState];
  const stream = c.stream;
  const s = stream[kState];
  s.inFlightCloseRequest = s.closeRequest;
  s.closeRequest = undefined;
  dequeueValue(c);
  const sinkClosePromise = callPromise0(c.close, c.sink);
  writableStreamDefaultControllerClearAlgorithms(c);
  uponPromise(sinkClosePromise, () => writableStreamFinishInFlightClose(stream),
              (reason) => writableStreamFinishInFlightCloseWithError(stream, reason));
}

function writableStreamDefaultControllerProcessWrite(controller, chunk) {
  const c = controller[kState];
  const s = c.stream[kState];
  s.inFlightWriteRequest = s.writeRequests[s.writeHead];
  s.writeRequests[s.writeHead++] = undefined;
  if (s.writeHead === s.writeRequests.length) {
    s.writeRequests = [];
    s.writeHead = 0;
  } else if (s.writeHead > 1024 && s.writeHead * 2 > s.writeRequests.length) {
    s.writeRequests = s.writeRequests.slice(s.writeHead);
    s.writeHead = 0;
  }
  let sinkWritePromise;
  if (c.write === undefined) {
    sinkWritePromise = kResolvedPromise;
  } else {
    try {
      const result = FunctionPrototypeCall(c.write, c.sink, chunk, controller);
      sinkWritePromise = result === undefined ? kResolvedPromise : PromiseResolve(result);
    } catch (error) {
      sinkWritePromise = PromiseReject(error);
    }
  }
  uponPromise(sinkWritePromise, c.onWriteFulfilled, c.onWriteRejected);
}

function writableStreamDefaultControllerError(controller, error) {
  const c = controller[kState];
  writableStreamDefaultControllerClearAlgorithms(c);
  writableStreamStartErroring(c.stream, error);
}

function writableStreamDefaultControllerGetDesiredSize(controller) {
  const c = controller[kState];
  return c.highWaterMark - c.queueTotalSize;
}

module.exports = {
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  isWritableStream,
  isWritableStreamDefaultWriter,
  createWritableStream,
  acquireWritableStreamDefaultWriter,
  writableStreamAbort,
  writableStreamClose,
  writableStreamCloseQueuedOrInFlight,
  writableStreamDefaultWriterRelease,
  writableStreamDefaultWriterWrite,
  writableStreamDefaultWriterWriteWithRequest,
  writableStreamDefaultWriterCloseWithErrorPropagation,
  writableStreamDefaultWriterGetDesiredSize,
  writableStreamDefaultControllerErrorIfNeeded,
  writableStreamDefaultControllerError,
  writableStreamDefaultControllerGetDesiredSize,
  kSkipThrow,
};
