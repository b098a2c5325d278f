'use strict';
// node:stream -- the legacy Stream constructor, with every stream class and helper as its
// properties, as Node exports it.

const { Buffer } = require('buffer');
const { Stream } = require('internal/streams/legacy');
const { eos } = require('internal/streams/end-of-stream');
const { pipeline } = require('internal/streams/pipeline');
const destroyImpl = require('internal/streams/destroy');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const utils = require('internal/streams/utils');
const { getDefaultHighWaterMark, setDefaultHighWaterMark } = require('internal/streams/state');

// Required first, as Node does: when stream/promises is loaded before stream, Stream.promises
// is its still-empty exports object (an observable quirk of Node's load order).
const promises = require('stream/promises');

module.exports = Stream;

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;

Stream.Readable = require('internal/streams/readable');

// The operators live on Readable.prototype, non-enumerable, as in Node.
const operators = require('internal/streams/operators');
for (const key of Object.keys(operators.streamReturningOperators)) {
  const op = operators.streamReturningOperators[key];
  function fn(...args) {
    if (new.target) throw new (require('internal/errors').codes.ERR_ILLEGAL_CONSTRUCTOR)();
    return Stream.Readable.from(op.apply(this, args));
  }
  Object.defineProperty(fn, 'name', { __proto__: null, value: op.name });
  Object.defineProperty(fn, 'length', { __proto__: null, value: op.length });
  Object.defineProperty(Stream.Readable.prototype, key, {
    __proto__: null, value: fn, enumerable: false, configurable: true, writable: true,
  });
}
for (const key of Object.keys(operators.promiseReturningOperators)) {
  const op = operators.promiseReturningOperators[key];
  function fn(...args) {
    if (new.target) throw new (require('internal/errors').codes.ERR_ILLEGAL_CONSTRUCTOR)();
    return Reflect.apply(op, this, args);
  }
  Object.defineProperty(fn, 'name', { __proto__: null, value: op.name });
  Object.defineProperty(fn, 'length', { __proto__: null, value: op.length });
  Object.defineProperty(Stream.Readable.prototype, key, {
    __proto__: null, value: fn, enumerable: false, configurable: true, writable: true,
  });
}

Stream.Writable = require('internal/streams/writable');
Stream.Duplex = require('internal/streams/duplex');
Stream.Transform = require('internal/streams/transform');
Stream.PassThrough = require('internal/streams/passthrough');
Stream.duplexPair = require('internal/streams/duplexpair');
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyImpl.destroyer;
Stream.compose = require('internal/streams/compose');
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;

Object.defineProperty(Stream, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return promises; },
});

Object.defineProperty(pipeline, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  enumerable: true,
  get() { return Stream.promises.pipeline; },
});

Object.defineProperty(eos, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  enumerable: true,
  get() { return Stream.promises.finished; },
});

// Backwards-compat with node 0.4.x
Stream.Stream = Stream;

Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = function isUint8Array(value) { return value instanceof Uint8Array; };
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};

Stream.Readable.prototype.compose = function compose(stream, options) {
  if (options != null) require('internal/validators').validateObject(options, 'options');
  if (options && options.signal != null) {
    require('internal/validators').validateAbortSignal(options.signal, 'options.signal');
  }
  const composedStream = Stream.compose(this, stream);
  if (options && options.signal) {
    require('internal/streams/add-abort-signal').addAbortSignalNoValidate(options.signal, composedStream);
  }
  return composedStream;
};
