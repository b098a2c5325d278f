'use strict';
// TransformStream and its controller (WHATWG Streams Standard, with transformer.cancel).
// Served as internal/webstreams/transformstream.

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
  uponPromise,
  callPromise,
  callPromise0,
  FunctionPrototypeCall,
  ownMember,
  callPromise2,
  extractHighWaterMark,
  extractSizeAlgorithm,
  toDictionary,
  getCallback,
  customInspect,
  invalidState,
  defineWebIDL,
} = require('internal/webstreams/util');
const R = require('internal/webstreams/readablestream');
const W = require('internal/webstreams/writablestream');

const kSkipThrow = Symbol('kSkipThrow');

function isTransformStream(value) {
  return value?.[kType] === 'TransformStream';
}

function convertStrategy(strategy, name) {
  strategy = toDictionary(strategy, name);
  const highWaterMark = strategy.highWaterMark;
  const size = strategy.size;
  if (size !== undefined && typeof size !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(`${name}.size`, 'Function', size);
  }
  return { highWaterMark, size };
}

class TransformStream {
  constructor(transformer = undefined, writableStrategy = undefined, readableStrategy = undefined) {
    if (transformer === null) throw new ERR_INVALID_ARG_TYPE('transformer', 'Object', transformer);
    if (transformer !== undefined && typeof transformer !== 'object' && typeof transformer !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('transformer', 'object', transformer);
    }
    const wStrategy = convertStrategy(writableStrategy, 'writableStrategy');
    const rStrategy = convertStrategy(readableStrategy, 'readableStrategy');
    const dict = transformer === undefined ? kEmptyObject : transformer;
    const cancel = getCallback(dict, 'cancel', 'transformer');
    const flush = getCallback(dict, 'flush', 'transformer');
    const readableType = dict.readableType;
    const start = getCallback(dict, 'start', 'transformer');
    const transform = getCallback(dict, 'transform', 'transformer');
    const writableType = dict.writableType;
    if (readableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType', readableType);
    }
    if (writableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType', writableType);
    }
    const readableHighWaterMark = extractHighWaterMark(rStrategy, 0);
    const readableSizeAlgorithm = extractSizeAlgorithm(rStrategy);
    const writableHighWaterMark = extractHighWaterMark(wStrategy, 1);
    const writableSizeAlgorithm = extractSizeAlgorithm(wStrategy);
    const startPromise = createDeferredPromise();
    initializeTransformStream(this, startPromise.promise, writableHighWaterMark,
                              writableSizeAlgorithm, readableHighWaterMark, readableSizeAlgorithm);
    const controller = new TransformStreamDefaultController(kSkipThrow);
    setUpTransformStreamDefaultController(this, controller, dict, transform, flush, cancel);
    if (start !== undefined) {
      startPromise.resolve(FunctionPrototypeCall(start, dict, controller));
    } else {
      startPromise.resolve();
    }
  }

  get readable() {
    if (!isTransformStream(this)) throw new ERR_INVALID_THIS('TransformStream');
    return this[kState].readable;
  }

  get writable() {
    if (!isTransformStream(this)) throw new ERR_INVALID_THIS('TransformStream');
    return this[kState].writable;
  }

  [customInspectSymbol](depth, options) {
    const s = this[kState];
    return customInspect.call(this, depth, options, this[kType], {
      readable: s.readable,
      writable: s.writable,
      backpressure: s.backpressure,
    });
  }
}

TransformStream.prototype[kType] = undefined;
defineWebIDL(TransformStream, 'TransformStream', ['readable', 'writable']);

function initializeTransformStream(stream, startPromise, writableHighWaterMark,
                                   writableSizeAlgorithm, readableHighWaterMark,
                                   readableSizeAlgorithm) {
  stream[kType] = 'TransformStream';
  const s = {
    readable: undefined,
    writable: undefined,
    backpressure: undefined,
    backpressureChange: undefined,
    controller: undefined,
  };
  stream[kState] = s;
  const startAlgorithm = () => startPromise;
  s.writable = W.createWritableStream({
    start: startAlgorithm,
    write(chunk) { return transformStreamDefaultSinkWriteAlgorithm(stream, chunk); },
    abort(reason) { return transformStreamDefaultSinkAbortAlgorithm(stream, reason); },
    close() { return transformStreamDefaultSinkCloseAlgorithm(stream); },
  }, writableHighWaterMark, writableSizeAlgorithm);
  s.readable = R.createReadableStream({
    start: startAlgorithm,
    pull() { return transformStreamDefaultSourcePullAlgorithm(stream); },
    cancel(reason) { return transformStreamDefaultSourceCancelAlgorithm(stream, reason); },
  }, readableHighWaterMark, readableSizeAlgorithm);
  transformStreamSetBackpressure(stream, true);
}

function transformStreamError(stream, error) {
  R.readableStreamDefaultControllerError(stream[kState].readable[kState].controller, error);
  transformStreamErrorWritableAndUnblockWrite(stream, error);
}

function transformStreamErrorWritableAndUnblockWrite(stream, error) {
  const s = stream[kState];
  transformStreamDefaultControllerClearAlgorithms(s.controller[kState]);
  W.writableStreamDefaultControllerErrorIfNeeded(s.writable[kState].controller, error);
  transformStreamUnblockWrite(stream);
}

function transformStreamUnblockWrite(stream) {
  if (stream[kState].backpressure) transformStreamSetBackpressure(stream, false);
}

function transformStreamSetBackpressure(stream, backpressure) {
  const s = stream[kState];
  if (s.backpressureChange !== undefined) s.backpressureChange.resolve();
  s.backpressureChange = new LazyDeferred();
  s.backpressure = backpressure;
}

// ----------------------------------------------------------------------------------------------

class TransformStreamDefaultController {
  constructor(skip = undefined) {
    if (skip !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'TransformStreamDefaultController';
  }

  get desiredSize() {
    if (this?.[kType] !== 'TransformStreamDefaultController') {
      throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    }
    const readable = this[kState].stream[kState].readable;
    return R.readableStreamDefaultControllerGetDesiredSize(readable[kState].controller);
  }

  enqueue(chunk = undefined) {
    if (this?.[kType] !== 'TransformStreamDefaultController') {
      throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    }
    transformStreamDefaultControllerEnqueue(this, chunk);
  }

  error(reason = undefined) {
    if (this?.[kType] !== 'TransformStreamDefaultController') {
      throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    }
    transformStreamError(this[kState].stream, reason);
  }

  terminate() {
    if (this?.[kType] !== 'TransformStreamDefaultController') {
      throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    }
    transformStreamDefaultControllerTerminate(this);
  }

  [customInspectSymbol](depth, options) {
    return customInspect.call(this, depth, options, this[kType], {
      stream: this[kState].stream,
    });
  }
}

TransformStreamDefaultController.prototype[kType] = undefined;
defineWebIDL(TransformStreamDefaultController, 'TransformStreamDefaultController',
             ['desiredSize', 'enqueue', 'error', 'terminate']);

function setUpTransformStreamDefaultController(stream, controller, transformer, transform, flush,
                                               cancel) {
  const c = {
    stream,
    transformer,
    transform,
    flush,
    cancel,
    finishPromise: undefined,
    onTransformRejected: undefined,
  };
  c.onTransformRejected = (reason) => {
    transformStreamError(stream, reason);
    throw reason;
  };
  controller[kState] = c;
  stream[kState].controller = controller;
}

function transformStreamDefaultControllerClearAlgorithms(c) {
  c.transform = undefined;
  c.flush = undefined;
  c.cancel = undefined;
  c.transformer = undefined;
  c.cleared = true;
}

function transformStreamDefaultControllerEnqueue(controller, chunk) {
  const stream = controller[kState].stream;
  const readableController = stream[kState].readable[kState].controller;
  if (!R.readableStreamDefaultControllerCanCloseOrEnqueue(readableController[kState])) {
    throw invalidState('Unable to enqueue');
  }
  try {
    R.readableStreamDefaultControllerEnqueue(readableController, chunk);
  } catch (error) {
    transformStreamErrorWritableAndUnblockWrite(stream, error);
    throw stream[kState].readable[kState].storedError;
  }
  const backpressure = R.readableStreamDefaultControllerHasBackpressure(readableController);
  if (backpressure !== stream[kState].backpressure) transformStreamSetBackpressure(stream, true);
}

function transformStreamDefaultControllerTerminate(controller) {
  const stream = controller[kState].stream;
  const readableController = stream[kState].readable[kState].controller;
  R.readableStreamDefaultControllerClose(readableController);
  transformStreamErrorWritableAndUnblockWrite(stream, invalidState('TransformStream has been terminated'));
}

function transformStreamDefaultControllerPerformTransform(controller, chunk) {
  const c = controller[kState];
  let transformPromise;
  if (c.transform === undefined) {
    if (c.cleared) {
      transformPromise = PromiseResolve();
    } else {
      try {
        transformStreamDefaultControllerEnqueue(controller, chunk);
        transformPromise = PromiseResolve();
      } catch (error) {
        transformPromise = PromiseReject(error);
      }
    }
  } else {
    transformPromise = callPromise2(c.transform, c.transformer, chunk, controller);
  }
  return uponPromise(transformPromise, undefined, c.onTransformRejected);
}

// ----------------------------------------------------------------------------------------------
// The sink and source algorithms behind the two sides

function transformStreamDefaultSinkWriteAlgorithm(stream, chunk) {
  const s = stream[kState];
  const controller = s.controller;
  if (s.backpressure) {
    return uponPromise(s.backpressureChange.promise, () => {
      const ws = s.writable[kState];
      if (ws.state === 'erroring') throw ws.storedError;
      return transformStreamDefaultControllerPerformTransform(controller, chunk);
    });
  }
  return transformStreamDefaultControllerPerformTransform(controller, chunk);
}

function transformStreamDefaultSinkAbortAlgorithm(stream, reason) {
  const s = stream[kState];
  const c = s.controller[kState];
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const readable = s.readable;
  c.finishPromise = createDeferredPromise();
  const cancelPromise = callPromise(c.cancel, c.transformer, reason);
  transformStreamDefaultControllerClearAlgorithms(c);
  uponPromise(cancelPromise, () => {
    const rs = readable[kState];
    if (rs.state === 'errored') {
      c.finishPromise.reject(rs.storedError);
    } else {
      R.readableStreamDefaultControllerError(rs.controller, reason);
      c.finishPromise.resolve();
    }
  }, (error) => {
    R.readableStreamDefaultControllerError(readable[kState].controller, error);
    c.finishPromise.reject(error);
  });
  return c.finishPromise.promise;
}

function transformStreamDefaultSinkCloseAlgorithm(stream) {
  const s = stream[kState];
  const c = s.controller[kState];
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const readable = s.readable;
  c.finishPromise = createDeferredPromise();
  const flushPromise = callPromise(c.flush, c.transformer, s.controller);
  transformStreamDefaultControllerClearAlgorithms(c);
  uponPromise(flushPromise, () => {
    const rs = readable[kState];
    if (rs.state === 'errored') {
      c.finishPromise.reject(rs.storedError);
    } else {
      R.readableStreamDefaultControllerClose(rs.controller);
      c.finishPromise.resolve();
    }
  }, (error) => {
    R.readableStreamDefaultControllerError(readable[kState].controller, error);
    c.finishPromise.reject(error);
  });
  return c.finishPromise.promise;
}

function transformStreamDefaultSourcePullAlgorithm(stream) {
  transformStreamSetBackpressure(stream, false);
  return stream[kState].backpressureChange.promise;
}

function transformStreamDefaultSourceCancelAlgorithm(stream, reason) {
  const s = stream[kState];
  const c = s.controller[kState];
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const writable = s.writable;
  c.finishPromise = createDeferredPromise();
  const cancelPromise = callPromise(c.cancel, c.transformer, reason);
  transformStreamDefaultControllerClearAlgorithms(c);
  uponPromise(cancelPromise, () => {
    const ws = writable[kState];
    if (ws.state === 'errored') {
      c.finishPromise.reject(ws.storedError);
    } else {
      W.writableStreamDefaultControllerErrorIfNeeded(ws.controller, reason);
      transformStreamUnblockWrite(stream);
      c.finishPromise.resolve();
    }
  }, (error) => {
    W.writableStreamDefaultControllerErrorIfNeeded(writable[kState].controller, error);
    transformStreamUnblockWrite(stream);
    c.finishPromise.reject(error);
  });
  return c.finishPromise.promise;
}

module.exports = {
  TransformStream,
  TransformStreamDefaultController,
  isTransformStream,
};
