'use strict';
// Transform: a Duplex whose readable side is fed by _transform. Backpressure: the write
// callback is held back while the readable buffer is over highWaterMark, and released by _read.

module.exports = Transform;

const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');
const Duplex = require('internal/streams/duplex');
const { getHighWaterMark } = require('internal/streams/state');

Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

const kCallback = Symbol('kCallback');

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);

  const readableHighWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', true) : null;
  if (readableHighWaterMark === 0) {
    // Buffer only on the readable side: a zero readable buffer means no writable buffer.
    options = {
      ...options,
      highWaterMark: null,
      readableHighWaterMark,
      writableHighWaterMark: options.writableHighWaterMark || 0,
    };
  }

  Duplex.call(this, options);

  // Data pushed from _transform is emitted synchronously (no extra tick for 'readable').
  this._readableState.sync = false;
  this[kCallback] = null;

  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }

  // Backwards compatibility: subclasses that override _final still get flushed on 'prefinish'.
  this.on('prefinish', prefinish);
}

function final(cb) {
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush((er, data) => {
      if (er) {
        if (cb) cb(er);
        else this.destroy(er);
        return;
      }
      if (data != null) this.push(data);
      this.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

function prefinish() {
  if (this._final !== final) final.call(this);
}

Transform.prototype._final = final;

Transform.prototype._transform = function(chunk, encoding, callback) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_transform()');
};

// The callback handed to _transform is made once per stream, not per chunk (a closure per call
// is the dearest step of a chunk's trip on goja). It finishes the latest write: Writable calls
// _write again only after that write's callback, and every write's callback is the same
// state.onwrite, so a callback called twice reaches onwrite twice, as Node's closures do.
// It lives on the WritableState under a symbol: not an own property of the stream, which
// util.inspect would show.
const kTransformWrite = Symbol('kTransformWrite');

function makeTransformWrite(stream) {
  const rState = stream._readableState;
  const wState = stream._writableState;
  let length = 0;
  let callback = null;
  function done(err, val) {
    if (err) {
      callback(err);
      return;
    }
    if (val != null) stream.push(val);
    if (rState.ended) {
      // Pushed after EOF: the error is already on its way; don't hold the writer.
      process.nextTick(callback);
    } else if (wState.ended || length === rState.length || rState.length < rState.highWaterMark) {
      callback();
    } else {
      stream[kCallback] = callback;
    }
  }
  return function write(chunk, encoding, cb) {
    length = rState.length;
    callback = cb;
    stream._transform(chunk, encoding, done);
  };
}

Transform.prototype._write = function(chunk, encoding, callback) {
  const wState = this._writableState;
  let write = wState[kTransformWrite];
  if (write === undefined) write = wState[kTransformWrite] = makeTransformWrite(this);
  write(chunk, encoding, callback);
};

Transform.prototype._read = function() {
  if (this[kCallback]) {
    const callback = this[kCallback];
    this[kCallback] = null;
    callback();
  }
};

// crypto's Hash and Hmac become Transforms now (lazy_transform.js).
require('internal/streams/lazy_transform').transformLoaded(Transform);
