'use strict';
// node:stream/web

const R = require('internal/webstreams/readablestream');
const W = require('internal/webstreams/writablestream');
const T = require('internal/webstreams/transformstream');
const Q = require('internal/webstreams/queuingstrategies');

let encoding;
let compression;
function lazyEncoding() { return encoding ??= require('internal/webstreams/encoding'); }
function lazyCompression() { return compression ??= require('internal/webstreams/compression'); }

module.exports = {
  ReadableStream: R.ReadableStream,
  ReadableStreamTee: R.readableStreamTee,
  ReadableStreamDefaultReader: R.ReadableStreamDefaultReader,
  ReadableStreamBYOBReader: R.ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest: R.ReadableStreamBYOBRequest,
  ReadableByteStreamController: R.ReadableByteStreamController,
  ReadableStreamDefaultController: R.ReadableStreamDefaultController,
  TransformStream: T.TransformStream,
  TransformStreamDefaultController: T.TransformStreamDefaultController,
  WritableStream: W.WritableStream,
  WritableStreamDefaultWriter: W.WritableStreamDefaultWriter,
  WritableStreamDefaultController: W.WritableStreamDefaultController,
  ByteLengthQueuingStrategy: Q.ByteLengthQueuingStrategy,
  CountQueuingStrategy: Q.CountQueuingStrategy,
};

// Node lists ReadableStreamTee (undocumented) right after ReadableStream; keep the key order.
function defineLazy(name, get) {
  Object.defineProperty(module.exports, name, {
    __proto__: null, enumerable: true, configurable: true,
    get() {
      const value = get();
      Object.defineProperty(module.exports, name, {
        __proto__: null, enumerable: true, configurable: true, writable: true, value,
      });
      return value;
    },
    set(value) {
      Object.defineProperty(module.exports, name, {
        __proto__: null, enumerable: true, configurable: true, writable: true, value,
      });
    },
  });
}
defineLazy('TextEncoderStream', () => lazyEncoding().TextEncoderStream);
defineLazy('TextDecoderStream', () => lazyEncoding().TextDecoderStream);
defineLazy('CompressionStream', () => lazyCompression().CompressionStream);
defineLazy('DecompressionStream', () => lazyCompression().DecompressionStream);
