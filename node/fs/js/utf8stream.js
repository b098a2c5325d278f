'use strict';
// fs.Utf8Stream (Node 24, experimental): the SonicBoom-style writer that pino uses. Writes are
// queued as strings (or Buffers with contentMode 'buffer') in chunks of at most maxWrite
// bytes, and one fs.write is in flight at a time. Event order, option validation and error
// messages follow Node's class; the state machine is written here from its documented
// behaviour.

const { Buffer } = require('buffer');
const EventEmitter = require('events');
const fsModule = require('fs');
const pathModule = require('path');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_OPERATION_FAILED } } =
  require('internal/errors');
const {
  validateBoolean, validateFunction, validateObject, validateOneOf, validateString, validateUint32,
} = require('internal/validators');

// A target that answers EAGAIN/EBUSY gets this long before the write is retried.
const kRetryDelayMs = 100;
// No single write is larger than Docker's log copier buffer.
const kDefaultMaxWrite = 16 * 1024;
const kDefaultHighWaterMark = 16387;
const kEmpty = Buffer.allocUnsafe(0);
const kOverridableFs = ['write', 'writeSync', 'fsync', 'fsyncSync', 'close', 'open', 'mkdir', 'mkdirSync'];

let sleepCell;
function blockFor(ms) {
  sleepCell ??= new Int32Array(new SharedArrayBuffer(4));
  Atomics.wait(sleepCell, 0, 0, ms);
}

// How many UTF-16 units of `str` the first `bytes` UTF-8 bytes cover.
function unitsForBytes(str, bytes) {
  if (Buffer.byteLength(str) === bytes) return str.length;
  return Buffer.from(str).subarray(0, bytes).toString().length;
}

function concatChunks(list, total) {
  if (list.length === 0) return kEmpty;
  if (list.length === 1) return list[0];
  return Buffer.concat(list, total);
}

class Utf8Stream extends EventEmitter {
  #fs;
  #fd = -1;
  #file = null;
  #mode;
  #bufferMode = false;
  // Queued chunks: strings, or arrays of Buffers with their byte totals in #queueLens.
  #queue = [];
  #queueLens = [];
  #pending = ''; // the chunk being written (what is left of it)
  #len = 0;
  #hwm = kDefaultHighWaterMark;
  #minLength = 0;
  #maxLength = 0;
  #maxWrite = kDefaultMaxWrite;
  #periodicFlush = 0;
  #timer;
  #sync = false;
  #fsync = false;
  #append = true;
  #mkdir = false;
  #retryEAGAIN;
  #writing = false;
  #ending = false;
  #opening = false;
  #reopening = false;
  #destroyed = false;
  #drainQueued = false;
  #flushPending = false;

  constructor(options = { __proto__: null }) {
    validateObject(options, 'options');
    let { fd } = options;
    const {
      dest, minLength, maxLength, maxWrite, periodicFlush, sync, append = true, mkdir, retryEAGAIN, fsync,
      contentMode = 'utf8', mode, fs: overrideFs = {},
    } = options;
    super();
    fd ??= dest;

    validateObject(overrideFs, 'options.fs');
    this.#fs = { ...fsModule, ...overrideFs };
    for (const name of kOverridableFs) validateFunction(this.#fs[name], `options.fs.${name}`);

    this.#hwm = Math.max(minLength || 0, this.#hwm);
    this.#minLength = minLength || 0;
    this.#maxLength = maxLength || 0;
    this.#maxWrite = maxWrite || kDefaultMaxWrite;
    this.#periodicFlush = periodicFlush || 0;
    this.#sync = sync || false;
    this.#fsync = fsync || false;
    this.#append = append || false;
    this.#mode = mode;
    this.#retryEAGAIN = retryEAGAIN || (() => true);
    this.#mkdir = mkdir || false;

    validateUint32(this.#hwm, 'options.hwm');
    validateUint32(this.#minLength, 'options.minLength');
    validateUint32(this.#maxLength, 'options.maxLength');
    validateUint32(this.#maxWrite, 'options.maxWrite');
    validateUint32(this.#periodicFlush, 'options.periodicFlush');
    validateBoolean(this.#sync, 'options.sync');
    validateBoolean(this.#fsync, 'options.fsync');
    validateBoolean(this.#append, 'options.append');
    validateBoolean(this.#mkdir, 'options.mkdir');
    validateFunction(this.#retryEAGAIN, 'options.retryEAGAIN');
    validateOneOf(contentMode, 'options.contentMode', ['buffer', 'utf8']);
    this.#bufferMode = contentMode === 'buffer';
    this.#pending = this.#bufferMode ? kEmpty : '';

    if (typeof fd === 'number') {
      this.#fd = fd;
      process.nextTick(() => this.emit('ready'));
    } else if (typeof fd === 'string') {
      this.#open(fd);
    } else {
      throw new ERR_INVALID_ARG_TYPE('fd', ['number', 'string'], fd);
    }
    if (this.#minLength >= this.#maxWrite) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('minLength', this.#minLength,
                                                 `should be smaller than maxWrite (${this.#maxWrite})`);
    }

    // Node's class keeps this listener (it shows in util.inspect and listenerCount).
    this.on('newListener', (name) => {
      if (name === 'drain') this._asyncDrainScheduled = false;
    });

    if (this.#periodicFlush !== 0) {
      this.#timer = setInterval(() => this.flush(null), this.#periodicFlush);
      this.#timer.unref();
    }
  }

  write(data) {
    if (this.#destroyed) throw new ERR_INVALID_STATE('Utf8Stream is destroyed');
    let size;
    if (this.#bufferMode) {
      if (!Buffer.isBuffer(data)) throw new ERR_INVALID_ARG_TYPE('data', 'Buffer', data);
      size = data.length;
    } else {
      validateString(data, 'data');
      size = data.length;
    }
    const total = this.#len + size;
    if (this.#maxLength && total > this.#maxLength) {
      this.emit('drop', data);
      return this.#len < this.#hwm;
    }
    const q = this.#queue;
    if (this.#bufferMode) {
      const lens = this.#queueLens;
      if (q.length === 0 || lens[lens.length - 1] + size > this.#maxWrite) {
        q.push([data]);
        lens.push(size);
      } else {
        q[q.length - 1].push(data);
        lens[lens.length - 1] += size;
      }
    } else if (q.length === 0 || q[q.length - 1].length + size > this.#maxWrite) {
      q.push('' + data);
    } else {
      q[q.length - 1] += data;
    }
    this.#len = total;
    if (!this.#writing && this.#len >= this.#minLength) this.#startWrite();
    return this.#len < this.#hwm;
  }

  flush(cb = function(_err) {}) {
    validateFunction(cb, 'cb');
    if (this.#destroyed) {
      cb(new ERR_INVALID_STATE('Utf8Stream is destroyed'));
      return;
    }
    if (this.#minLength <= 0) {
      cb();
      return;
    }
    this.#flushWhenDrained(cb);
    if (this.#writing) return;
    if (this.#queue.length === 0) {
      if (this.#bufferMode) {
        this.#queue.push([]);
        this.#queueLens.push(0);
      } else {
        this.#queue.push('');
      }
    }
    this.#startWrite();
  }

  flushSync() {
    if (this.#destroyed) throw new ERR_INVALID_STATE('Utf8Stream is destroyed');
    if (this.#fd < 0) throw new ERR_INVALID_STATE('Invalid file descriptor');
    if (!this.#writing && this.#pending.length > 0) {
      this.#queue.unshift(this.#bufferMode ? [this.#pending] : this.#pending);
      if (this.#bufferMode) this.#queueLens.unshift(this.#pending.length);
      this.#pending = this.#bufferMode ? kEmpty : '';
    }
    let chunk = this.#bufferMode ? kEmpty : '';
    while (this.#queue.length || chunk.length) {
      if (chunk.length <= 0) {
        chunk = this.#bufferMode ? concatChunks(this.#queue[0], this.#queueLens[0]) : this.#queue[0];
      }
      try {
        if (this.#bufferMode) {
          const n = this.#fs.writeSync(this.#fd, chunk);
          chunk = chunk.subarray(n);
          this.#len = Math.max(this.#len - n, 0);
          if (chunk.length <= 0) {
            this.#queue.shift();
            this.#queueLens.shift();
          }
        } else {
          const n = unitsForBytes(chunk, this.#fs.writeSync(this.#fd, chunk, 'utf8'));
          chunk = chunk.slice(n);
          this.#len = Math.max(this.#len - n, 0);
          if (chunk.length <= 0) this.#queue.shift();
        }
      } catch (err) {
        const busy = err.code === 'EAGAIN' || err.code === 'EBUSY';
        if (busy && !this.#retryEAGAIN(err, chunk.length, this.#len - chunk.length)) throw err;
        blockFor(kRetryDelayMs);
      }
    }
    if (!this.#bufferMode) {
      try {
        this.#fs.fsyncSync(this.#fd);
      } catch {
        // Not every fd can be fsynced (pipes, ttys); flushSync still succeeded.
      }
    }
  }

  reopen(file) {
    if (this.#destroyed) throw new ERR_INVALID_STATE('Utf8Stream is destroyed');
    if (this.#opening) {
      this.once('ready', () => this.reopen(file));
      return;
    }
    if (this.#ending) return;
    if (!this.#file) {
      throw new ERR_OPERATION_FAILED('Unable to reopen a file descriptor, you must pass a file to SonicBoom');
    }
    if (file) this.#file = file;
    this.#reopening = true;
    if (this.#writing) return;
    const oldFd = this.#fd;
    this.once('ready', () => {
      if (oldFd !== this.#fd) {
        this.#fs.close(oldFd, (err) => {
          if (err) this.emit('error', err);
        });
      }
    });
    this.#open(this.#file);
  }

  end() {
    if (this.#destroyed) throw new ERR_INVALID_STATE('Utf8Stream is destroyed');
    if (this.#opening) {
      this.once('ready', () => this.end());
      return;
    }
    if (this.#ending) return;
    this.#ending = true;
    if (this.#writing) return;
    if (this.#len > 0 && this.#fd >= 0) this.#startWrite();
    else this.#close();
  }

  destroy() {
    if (this.#destroyed) return;
    this.#close();
  }

  get mode() { return this.#mode; }
  get file() { return this.#file; }
  get fd() { return this.#fd; }
  get minLength() { return this.#minLength; }
  get maxLength() { return this.#maxLength; }
  get writing() { return this.#writing; }
  get sync() { return this.#sync; }
  get fsync() { return this.#fsync; }
  get append() { return this.#append; }
  get periodicFlush() { return this.#periodicFlush; }
  get contentMode() { return this.#bufferMode ? 'buffer' : 'utf8'; }
  get mkdir() { return this.#mkdir; }

  [Symbol.dispose]() { this.destroy(); }

  #open(file) {
    this.#opening = true;
    this.#writing = true;
    this.#drainQueued = false;
    const opened = (err, fd) => {
      if (err) {
        this.#reopening = false;
        this.#writing = false;
        this.#opening = false;
        if (this.#sync) {
          // The constructor threw; only a listener added since then hears about it.
          process.nextTick(() => {
            if (this.listenerCount('error') > 0) this.emit('error', err);
          });
        } else {
          this.emit('error', err);
        }
        return;
      }
      const wasReopening = this.#reopening;
      this.#fd = fd;
      this.#file = file;
      this.#reopening = false;
      this.#opening = false;
      this.#writing = false;
      if (this.#sync) process.nextTick(() => this.emit('ready'));
      else this.emit('ready');
      if (this.#destroyed) return;
      if ((!this.#writing && this.#len > this.#minLength) || this.#flushPending) this.#startWrite();
      else if (wasReopening) process.nextTick(() => this.emit('drain'));
    };
    const flags = this.#append ? 'a' : 'w';
    if (this.#sync) {
      try {
        if (this.#mkdir) this.#fs.mkdirSync(pathModule.dirname(file), { recursive: true });
        opened(null, this.#fs.openSync(file, flags, this.#mode));
      } catch (err) {
        opened(err);
        throw err;
      }
    } else if (this.#mkdir) {
      this.#fs.mkdir(pathModule.dirname(file), { recursive: true }, (err) => {
        if (err) return opened(err);
        this.#fs.open(file, flags, this.#mode, opened);
      });
    } else {
      this.#fs.open(file, flags, this.#mode, opened);
    }
  }

  #startWrite() {
    this.#writing = true;
    if (this.#bufferMode) {
      if (!this.#pending.length) this.#pending = concatChunks(this.#queue.shift(), this.#queueLens.shift());
    } else {
      this.#pending ||= this.#queue.shift() || '';
    }
    if (this.#sync) {
      let n;
      try {
        n = this.#writeNowSync();
      } catch (err) {
        this.#written(err);
        return;
      }
      this.#written(null, n);
      return;
    }
    if (this.#bufferMode) this.#pending = Buffer.from(this.#pending);
    this.#writeNowAsync();
  }

  #writeNowSync() {
    return this.#bufferMode ? this.#fs.writeSync(this.#fd, this.#pending) :
      this.#fs.writeSync(this.#fd, this.#pending, 'utf8');
  }

  #writeNowAsync() {
    const done = (err, n) => this.#written(err, n);
    if (this.#bufferMode) this.#fs.write(this.#fd, this.#pending, done);
    else this.#fs.write(this.#fd, this.#pending, 'utf8', done);
  }

  #consume(n) {
    const units = this.#bufferMode ? n : unitsForBytes(this.#pending, n);
    this.#len = Math.max(this.#len - units, 0);
    this.#pending = this.#pending.slice(units);
  }

  // One write finished (n bytes) or failed.
  #written(err, n) {
    if (err) {
      const busy = err.code === 'EAGAIN' || err.code === 'EBUSY';
      if (busy && this.#retryEAGAIN(err, this.#pending.length, this.#len - this.#pending.length)) {
        if (this.#sync) {
          try {
            blockFor(kRetryDelayMs);
            this.#written(undefined, 0);
          } catch (e) {
            this.#written(e);
          }
        } else {
          setTimeout(() => this.#writeNowAsync(), kRetryDelayMs);
        }
      } else {
        this.#writing = false;
        this.emit('error', err);
      }
      return;
    }

    this.emit('write', n);
    this.#consume(n);
    if (this.#pending.length) {
      if (!this.#sync) {
        this.#writeNowAsync();
        return;
      }
      try {
        do this.#consume(this.#writeNowSync()); while (this.#pending.length);
      } catch (e) {
        this.#written(e);
        return;
      }
    }

    if (this.#fsync) this.#fs.fsyncSync(this.#fd);

    if (this.#reopening) {
      this.#writing = false;
      this.#reopening = false;
      this.reopen();
    } else if (this.#len > this.#minLength) {
      this.#startWrite();
    } else if (this.#ending) {
      if (this.#len > 0) {
        this.#startWrite();
      } else {
        this.#writing = false;
        this.#close();
      }
    } else {
      this.#writing = false;
      if (!this.#sync) {
        this.emit('drain');
      } else if (!this.#drainQueued) {
        this.#drainQueued = true;
        process.nextTick(() => {
          if (this.listenerCount('drain') === 0) return;
          this.#drainQueued = false;
          this.emit('drain');
        });
      }
    }
  }

  #flushWhenDrained(cb) {
    this.#flushPending = true;
    const onDrain = () => {
      if (this.#fsync) {
        this.#flushPending = false;
        cb();
      } else {
        try {
          this.#fs.fsync(this.#fd, (err) => {
            this.#flushPending = false;
            cb(err);
          });
        } catch (err) {
          cb(err);
        }
      }
      this.off('error', onError);
    };
    const onError = (err) => {
      this.#flushPending = false;
      cb(err);
      this.off('drain', onDrain);
    };
    this.once('drain', onDrain);
    this.once('error', onError);
  }

  #close() {
    if (this.#fd === -1) {
      this.once('ready', () => this.#close());
      return;
    }
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#destroyed = true;
    this.#queue = [];
    this.#queueLens = [];
    const closed = (err) => {
      if (err) {
        this.emit('error', err);
        return;
      }
      if (this.#ending && !this.#writing) this.emit('finish');
      this.emit('close');
    };
    // fsync errors are ignored: stdout and pipes cannot be synced. fds 1 and 2 stay open.
    const afterSync = () => {
      if (this.#fd !== 1 && this.#fd !== 2) this.#fs.close(this.#fd, closed);
      else closed();
    };
    try {
      this.#fs.fsync(this.#fd, afterSync);
    } catch {
      // A custom fs whose fsync throws leaves the stream destroyed without 'close', as Node's.
    }
  }
}

module.exports = { Utf8Stream };
