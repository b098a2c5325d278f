'use strict';
// process.stdout / process.stderr / process.stdin. Writes to files, pipes and TTYs are
// synchronous on POSIX in Node, so a write goes straight to the file; the callback still runs on
// a later tick, as Node's stream machinery calls it. (The full stream classes come with
// node:stream; these objects keep Node's observable surface for the common calls.)

const EventEmitter = require('events');
const binding = internalBinding('internal/process/setup');

function toText(chunk, encoding) {
  if (typeof chunk === 'string') return chunk;
  if (chunk instanceof Uint8Array) {
    if (typeof Buffer === 'function' && Buffer.from) {
      return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString(encoding === 'buffer' ? 'utf8' : 'utf8');
    }
    return binding.decodeUTF8 ? binding.decodeUTF8(chunk) : String.fromCharCode.apply(null, chunk);
  }
  const { codes } = require('internal/errors');
  throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
}

class WriteStream extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this._isStdio = true;
    this.writable = true;
    this.destroyed = false;
    this._writableState = { ended: false, finished: false, length: 0, objectMode: false, highWaterMark: 16384 };
    if (binding.isatty(fd)) {
      this.isTTY = true;
      const size = binding.windowSize(fd);
      if (size) {
        this.columns = size[0];
        this.rows = size[1];
      }
    }
  }

  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (chunk === null) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_STREAM_NULL_VALUES();
    }
    if (this._writableState.ended) {
      const { codes } = require('internal/errors');
      const err = new codes.ERR_STREAM_WRITE_AFTER_END();
      process.nextTick(() => {
        if (typeof cb === 'function') cb(err);
        this.emit('error', err);
      });
      return false;
    }
    binding.writeString(this.fd, toText(chunk, encoding));
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  }

  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') { cb = chunk; chunk = undefined; }
    if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    if (!this._writableState.ended) {
      this._writableState.ended = true;
      process.nextTick(() => {
        this._writableState.finished = true;
        this.emit('finish');
        if (typeof cb === 'function') cb();
      });
    }
    return this;
  }

  cork() {}
  uncork() {}
  setDefaultEncoding() { return this; }
  destroy() { this.destroyed = true; return this; }
  destroySoon() {}
  get writableLength() { return 0; }
  get writableHighWaterMark() { return 16384; }
  get writableEnded() { return this._writableState.ended; }
  get writableFinished() { return this._writableState.finished; }
  get writableNeedDrain() { return false; }
  get writableObjectMode() { return false; }
  get writableCorked() { return 0; }

  getColorDepth(env = process.env) {
    if (env.FORCE_COLOR !== undefined) {
      switch (env.FORCE_COLOR) {
        case '': case '1': case 'true': return 4;
        case '2': return 8;
        case '3': return 24;
        default: return 1;
      }
    }
    if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return 1;
    if (!this.isTTY) return 1;
    if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
    if (env.TERM && /-256(color)?$/.test(env.TERM)) return 8;
    return 4;
  }

  hasColors(count, env) {
    if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
      env = count;
      count = 16;
    }
    return count <= 2 ** this.getColorDepth(env);
  }

  getWindowSize() { return [this.columns, this.rows]; }
}

function createWritable(fd) {
  return new WriteStream(fd);
}

class ReadStream extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this.readable = true;
    this.isTTY = binding.isatty(fd) || undefined;
  }
  setEncoding() { return this; }
  pause() { return this; }
  resume() { return this; }
  isRaw = false;
  setRawMode() { return this; }
}

function createReadable(fd) {
  return new ReadStream(fd);
}

module.exports = { createWritable, createReadable, WriteStream, ReadStream };
