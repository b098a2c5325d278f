'use strict';
// CompressionStream and DecompressionStream on node:zlib's streams (Go engines), bridged with
// the Duplex adapter as Node does. Served as internal/webstreams/compression.

const { codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS } } = require('internal/errors');
const { kState, kType, customInspectSymbol, customInspect, defineWebIDL } =
  require('internal/webstreams/util');
const { newReadableWritablePairFromDuplex } = require('internal/webstreams/adapters');

let zlib;
function lazyZlib() { return zlib ??= require('zlib'); }

function formatError(ctor, format) {
  const err = new ERR_INVALID_ARG_VALUE('format', format);
  err.message = `Failed to construct '${ctor}': 1st argument '${format}' is not a valid enum ` +
    'value of type CompressionFormat.';
  return err;
}

class CompressionStream {
  constructor(format) {
    format = `${format}`;
    let handle;
    switch (format) {
      case 'deflate': handle = lazyZlib().createDeflate(); break;
      case 'deflate-raw': handle = lazyZlib().createDeflateRaw(); break;
      case 'gzip': handle = lazyZlib().createGzip(); break;
      case 'brotli': handle = lazyZlib().createBrotliCompress(); break;
      default: throw formatError('CompressionStream', format);
    }
    this[kType] = 'CompressionStream';
    this[kState] = newReadableWritablePairFromDuplex(handle);
  }

  get readable() {
    if (this?.[kType] !== 'CompressionStream') throw new ERR_INVALID_THIS('CompressionStream');
    return this[kState].readable;
  }

  get writable() {
    if (this?.[kType] !== 'CompressionStream') throw new ERR_INVALID_THIS('CompressionStream');
    return this[kState].writable;
  }

  [customInspectSymbol](depth, options) {
    return customInspect.call(this, depth, options, this[kType], {
      readable: this[kState].readable,
      writable: this[kState].writable,
    });
  }
}

class DecompressionStream {
  constructor(format) {
    format = `${format}`;
    let handle;
    switch (format) {
      case 'deflate': handle = lazyZlib().createInflate(); break;
      case 'deflate-raw': handle = lazyZlib().createInflateRaw(); break;
      case 'gzip': handle = lazyZlib().createGunzip(); break;
      case 'brotli': handle = lazyZlib().createBrotliDecompress(); break;
      default: throw formatError('DecompressionStream', format);
    }
    this[kType] = 'DecompressionStream';
    this[kState] = newReadableWritablePairFromDuplex(handle);
  }

  get readable() {
    if (this?.[kType] !== 'DecompressionStream') throw new ERR_INVALID_THIS('DecompressionStream');
    return this[kState].readable;
  }

  get writable() {
    if (this?.[kType] !== 'DecompressionStream') throw new ERR_INVALID_THIS('DecompressionStream');
    return this[kState].writable;
  }

  [customInspectSymbol](depth, options) {
    return customInspect.call(this, depth, options, this[kType], {
      readable: this[kState].readable,
      writable: this[kState].writable,
    });
  }
}

CompressionStream.prototype[kType] = undefined;
DecompressionStream.prototype[kType] = undefined;
defineWebIDL(CompressionStream, 'CompressionStream', ['readable', 'writable']);
defineWebIDL(DecompressionStream, 'DecompressionStream', ['readable', 'writable']);

module.exports = { CompressionStream, DecompressionStream };
