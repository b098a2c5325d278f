'use strict';
// node:net: net.Socket is a Duplex over a TCP or Pipe handle of internal/tcp_wrap (Go), and
// net.Server an EventEmitter over a listening one. Events come in Node's order: handles call
// onread/onconnection/oncomplete from the loop, as libuv's do.

const EventEmitter = require('events');
const stream = require('stream');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const internalNet = require('internal/net');
const { isIP, isIPv4, isIPv6 } = internalNet;
const {
  validateAbortSignal, validateBoolean, validateObject, validateFunction, validateInt32, validateInteger, validateNumber, validatePort,
  validateString, validateStringWithoutNullBytes,
} = require('internal/validators');
const {
  codes: {
    ERR_INVALID_ADDRESS_FAMILY, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_FD_TYPE,
    ERR_INVALID_HANDLE_TYPE, ERR_INVALID_IP_ADDRESS, ERR_IP_BLOCKED, ERR_MISSING_ARGS, ERR_OUT_OF_RANGE,
    ERR_SERVER_ALREADY_LISTEN, ERR_SERVER_NOT_RUNNING, ERR_SOCKET_CLOSED,
    ERR_SOCKET_CLOSED_BEFORE_CONNECTION, ERR_SOCKET_HANDLE_ADOPTED,
  },
  ErrnoException, ExceptionWithHostPort, UVExceptionWithHostPort, genericNodeError, uvErrmapGet,
} = require('internal/errors');
const binding = internalBinding('internal/tcp_wrap');
binding.setBufferPrototype(FastBuffer.prototype);
const { TCP, Pipe } = binding;

// --[no-]network-family-autoselection and --network-family-autoselection-attempt-timeout (the
// last one given wins)
let autoSelectFamilyDefault = !process.execArgv.some((a, i, all) =>
  a === '--no-network-family-autoselection' && !all.slice(i + 1).includes('--network-family-autoselection'));
let autoSelectFamilyAttemptTimeoutDefault = attemptTimeoutFlag() ?? 250;

function attemptTimeoutFlag() {
  const argv = process.execArgv;
  for (let i = argv.length - 1; i >= 0; i--) {
    let value;
    if (argv[i].startsWith('--network-family-autoselection-attempt-timeout=')) value = argv[i].split('=')[1];
    else if (argv[i] === '--network-family-autoselection-attempt-timeout') value = argv[i + 1];
    else continue;
    const n = Number(value);
    if (Number.isInteger(n) && n > 0) return n;
    return undefined;
  }
  return undefined;
}

function getDefaultAutoSelectFamily() {
  return autoSelectFamilyDefault;
}

function setDefaultAutoSelectFamily(value) {
  validateBoolean(value, 'value');
  autoSelectFamilyDefault = value;
}

function getDefaultAutoSelectFamilyAttemptTimeout() {
  return autoSelectFamilyAttemptTimeoutDefault;
}

function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  if (value < 10) value = 10;
  autoSelectFamilyAttemptTimeoutDefault = value;
}


const kOwner = Symbol('owner_symbol');
const kHandle = Symbol('kHandle');
const kTimeout = Symbol('timeout');
const kBytesRead = Symbol('kBytesRead');
const kBytesWritten = Symbol('kBytesWritten');
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetTypeOfService = Symbol('kSetTypeOfService');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kSetKeepAliveInitialDelay = Symbol('kSetKeepAliveInitialDelay');
const kLastWriteQueueSize = Symbol('lastWriteQueueSize');
const normalizedArgsSymbol = Symbol('normalizedArgs');

const UV_EOF = uvErrno('EOF');
const UV_ENOTCONN = uvErrno('ENOTCONN');
const UV_EADDRINUSE = uvErrno('EADDRINUSE');
const DEFAULT_IPV4_ADDR = '0.0.0.0';
const DEFAULT_IPV6_ADDR = '::';
const TIMEOUT_MAX = 2 ** 31 - 1;

function uvErrno(name) {
  const map = require('util').getSystemErrorMap();
  for (const [errno, [code]] of map) if (code === name) return errno;
  return -1;
}

let dns;
const noop = () => {};

function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}

function toNumber(x) {
  return (x = Number(x)) >= 0 ? x : false;
}

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function connect(...args) {
  const normalized = normalizeArgs(args);
  const [options] = normalized;
  if (options.timeout) {
    // set below, after the socket exists
  }
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

function normalizeArgs(args) {
  let arr;
  if (args.length === 0) {
    arr = [{}, null];
    arr[normalizedArgsSymbol] = true;
    return arr;
  }
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  arr = typeof cb !== 'function' ? [options, null] : [options, cb];
  arr[normalizedArgsSymbol] = true;
  return arr;
}

function initSocketHandle(self) {
  self._undestroy();
  self._sockname = null;
  if (self._handle) {
    self._handle[kOwner] = self;
    self._handle.onread = onStreamRead;
    self._handle.bytesRead = 0;
    self._handle.bytesWritten = 0;
  }
}

function onStreamRead(nread, buf) {
  const handle = this;
  const stream = handle[kOwner];
  if (!stream) return;
  stream._unrefTimer();
  if (nread > 0 && !stream.destroyed) {
    handle.bytesRead += nread;
    if (!stream.push(buf)) {
      handle.reading = false;
      if (!stream.destroyed) {
        const err = handle.readStop();
        if (err) stream.destroy(new ErrnoException(err, 'read'));
      }
    }
    return;
  }
  if (nread === 0) return;
  if (nread !== UV_EOF) {
    stream.destroy(new ErrnoException(nread, 'read'));
    return;
  }
  handle.reading = false;
  if (!stream._readableState.endEmitted) {
    stream.push(null);
    stream.read(0);
  }
}

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (options?.objectMode) {
    throw new ERR_INVALID_ARG_VALUE('options.objectMode', options.objectMode, 'is not supported');
  } else if (options?.readableObjectMode || options?.writableObjectMode) {
    throw new ERR_INVALID_ARG_VALUE(
      `options.${options.readableObjectMode ? 'readableObjectMode' : 'writableObjectMode'}`,
      options.readableObjectMode || options.writableObjectMode, 'is not supported');
  }
  if (options?.keepAliveInitialDelay !== undefined) {
    validateNumber(options?.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }
  this.connecting = false;
  this._hadError = false;
  this[kHandle] = null;
  this._parent = null;
  this._host = null;
  this[kLastWriteQueueSize] = 0;
  this[kTimeout] = null;
  this[kTimeoutArmed] = false;

  if (typeof options === 'number') options = { fd: options };
  else options = { ...options };
  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  options.emitClose = false;
  options.autoDestroy = true;
  options.decodeStrings = false;
  stream.Duplex.call(this, options);

  // an adopted BoundSocket is bound, not connected: nothing to read until connect() completes
  let boundNotConnected = false;
  if (options.handle instanceof BoundSocket) {
    this._handle = options.handle[kBoundSocketConsume]();
    this[kBoundSource] = true;
    boundNotConnected = true;
  } else if (options.handle) {
    this._handle = options.handle;
  } else if (options.fd !== undefined) {
    validateInt32(options.fd, 'fd', 0);
    throw new ERR_INVALID_FD_TYPE('UNKNOWN');
  }
  this[kSetNoDelay] = Boolean(options.noDelay);
  this[kSetKeepAlive] = Boolean(options.keepAlive);
  this[kSetKeepAliveInitialDelay] = ~~(options.keepAliveInitialDelay / 1000);
  this.on('end', onReadableStreamEnd);
  initSocketHandle(this);
  this._pendingData = null;
  this._pendingEncoding = '';
  if (this._handle && options.readable !== false && !boundNotConnected) {
    if (options.pauseOnCreate) {
      this._handle.reading = false;
      this._handle.readStop();
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }
  if (options.signal) {
    // The Duplex destroys the socket with an AbortError; this listener is added a tick later, as
    // Node's addClientAbortSignalOption adds it, and marks the socket aborted. It also destroys a
    // socket the Duplex's listener let go of (end-of-stream fires early for the socket under a
    // TLSSocket once the TLS handle has taken its connection over).
    validateAbortSignal(options.signal, 'options.signal');
    const { signal } = options;
    const onAbort = () => {
      this._aborted = true;
      if (!this.destroyed) this.destroy(new (require('internal/errors').AbortError)(undefined, { cause: signal.reason }));
    };
    process.nextTick(() => {
      if (signal.aborted) {
        onAbort();
        return;
      }
      signal.addEventListener('abort', onAbort, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAbort));
    });
  }
  this.server = null;
  this._server = null;
  this[kBytesRead] = 0;
  this[kBytesWritten] = 0;
  if (options.blockList) {
    if (!module.exports.BlockList.isBlockList(options.blockList)) {
      throw new ERR_INVALID_ARG_TYPE('options.blockList', 'net.BlockList', options.blockList);
    }
    this.blockList = options.blockList;
  }
}
Object.setPrototypeOf(Socket.prototype, stream.Duplex.prototype);
Object.setPrototypeOf(Socket, stream.Duplex);

Socket.prototype._unrefTimer = function _unrefTimer() {
  for (let s = this; s != null; s = s._parent) {
    if (s[kTimeout]) s[kTimeout].refresh();
  }
};

Socket.prototype._final = function(cb) {
  if (this.connecting) return this.once('connect', () => this._final(cb));
  if (!this._handle) return cb();
  const req = { oncomplete: afterShutdown, handle: this._handle, callback: cb };
  const err = this._handle.shutdown(req);
  if (err === 1 || err === UV_ENOTCONN) return cb();
  if (err !== 0) return cb(new ErrnoException(err, 'shutdown'));
};

function afterShutdown() {
  this.callback();
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return stream.Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  const er = genericNodeError('This socket has been ended by the other party', { code: 'EPIPE' });
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

function getTimerDuration(msecs, name) {
  // the common case without the validator's call (http sets a socket timeout twice a request)
  if (typeof msecs === 'number' && msecs >= 0 && msecs <= TIMEOUT_MAX) return msecs;
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) throw new ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
                        `\nTimer duration was truncated to ${TIMEOUT_MAX}.`, 'TimeoutOverflowWarning');
    return TIMEOUT_MAX;
  }
  return msecs;
}

// setTimeout(0) only disarms a pending timer (kTimeoutArmed), and a later setTimeout with the
// same duration re-arms it with refresh(), which queues it exactly as a new timer would: an http
// keep-alive connection sets and clears its idle timeout on every request.
const kTimeoutArmed = Symbol('kTimeoutArmed');

function onSocketTimeout(socket) {
  if (socket[kTimeoutArmed]) socket._onTimeout();
}

Socket.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (this.destroyed) return this;
  this.timeout = msecs;
  msecs = getTimerDuration(msecs, 'msecs');
  const timer = this[kTimeout];
  if (msecs === 0) {
    this[kTimeoutArmed] = false;
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
  } else {
    if (timer !== null && !timer._destroyed && timer._idleTimeout === msecs) {
      this[kTimeoutArmed] = true;
      timer.refresh();
    } else {
      clearTimeout(timer);
      this[kTimeoutArmed] = true;
      this[kTimeout] = globalThis.setTimeout(onSocketTimeout, msecs, this);
      this[kTimeout].unref();
    }
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
  }
  return this;
};

Socket.prototype._onTimeout = function() {
  const handle = this._handle;
  const last = this[kLastWriteQueueSize];
  if (last > 0 && handle) {
    const size = handle.getWriteQueueSize();
    if (last !== size) {
      this[kLastWriteQueueSize] = size;
      this._unrefTimer();
      return;
    }
  }
  this.emit('timeout');
};

Socket.prototype.setNoDelay = function(enable) {
  enable = Boolean(enable === undefined ? true : enable);
  if (!this._handle) {
    this[kSetNoDelay] = enable;
    return this;
  }
  if (this._handle.setNoDelay && enable !== this[kSetNoDelay]) {
    this[kSetNoDelay] = enable;
    this._handle.setNoDelay(enable);
  }
  return this;
};

Socket.prototype.setKeepAlive = function(enable, initialDelayMsecs) {
  enable = Boolean(enable);
  const initialDelay = ~~(initialDelayMsecs / 1000);
  if (!this._handle) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    return this;
  }
  if (!this._handle.setKeepAlive) return this;
  if (enable !== this[kSetKeepAlive] || (enable && this[kSetKeepAliveInitialDelay] !== initialDelay)) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    this._handle.setKeepAlive(enable, initialDelay);
  }
  return this;
};

Socket.prototype.setTypeOfService = function(tos) {
  validateInteger(tos, 'tos', 0, 255);
  if (!this._handle) {
    this[kSetTypeOfService] = tos;
    return this;
  }
  if (this._handle.setTypeOfService && tos !== this[kSetTypeOfService]) {
    this[kSetTypeOfService] = tos;
    const err = this._handle.setTypeOfService(tos);
    if (err) throw new ErrnoException(err, 'setTypeOfService');
  }
  return this;
};

Socket.prototype.getTypeOfService = function() {
  if (!this._handle) return this[kSetTypeOfService] ?? 0;
  if (!this._handle.getTypeOfService) return this[kSetTypeOfService];
  const res = this._handle.getTypeOfService();
  if (res < 0) throw new ErrnoException(res, 'getTypeOfService');
  return res;
};

Socket.prototype.address = function() {
  return this._getsockname();
};

Object.defineProperty(Socket.prototype, '_connecting', {
  __proto__: null, get() { return this.connecting; },
});

Object.defineProperty(Socket.prototype, 'pending', {
  __proto__: null, get() { return !this._handle || this.connecting; }, configurable: true,
});

Object.defineProperty(Socket.prototype, 'readyState', {
  __proto__: null,
  get() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  },
});

Object.defineProperty(Socket.prototype, 'bufferSize', {
  __proto__: null,
  get() {
    if (this._handle) return this.writableLength;
  },
});

function tryReadStart(socket) {
  socket._handle.reading = true;
  const err = socket._handle.readStart();
  if (err) socket.destroy(new ErrnoException(err, 'read'));
}

Socket.prototype._read = function(n) {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read(n));
  } else if (!this._handle.reading) {
    tryReadStart(this);
  }
};

Socket.prototype.end = function(data, encoding, callback) {
  stream.Duplex.prototype.end.call(this, data, encoding, callback);
  return this;
};

Socket.prototype.resetAndDestroy = function() {
  if (this._handle) {
    if (!(this._handle instanceof TCP)) throw new ERR_INVALID_HANDLE_TYPE();
    if (this.connecting) this.once('connect', () => this._reset());
    else this._reset();
  } else {
    this.destroy(new ERR_SOCKET_CLOSED());
  }
  return this;
};

// Node overrides these three (for its onread buffers); here they are the stream's own, kept as
// own keys so Socket.prototype lists what Node's does.
Socket.prototype.pause = function() {
  return stream.Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function() {
  return stream.Duplex.prototype.resume.call(this);
};

Socket.prototype.read = function(n) {
  return stream.Duplex.prototype.read.call(this, n);
};

function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

Socket.prototype.destroySoon = function() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype._destroy = function(exception, cb) {
  this.connecting = false;
  for (let s = this; s != null; s = s._parent) clearTimeout(s[kTimeout]);
  if (this._handle) {
    const isException = !!exception;
    this[kBytesRead] = this._handle.bytesRead;
    this[kBytesWritten] = this._handle.bytesWritten;
    const handle = this._handle;
    if (this.resetAndClosing) {
      this.resetAndClosing = false;
      const err = handle.reset(() => this.emit('close', isException));
      if (err) this.emit('error', new ErrnoException(err, 'reset'));
    } else {
      handle.close(() => this.emit('close', isException));
    }
    handle.onread = noop;
    this._handle = null;
    this._sockname = null;
    cb(exception);
  } else {
    cb(exception);
    process.nextTick(() => this.emit('close', !!exception));
  }
  if (this._server) {
    this._server._connections--;
    if (this._server._emitCloseIfDrained) this._server._emitCloseIfDrained();
  }
};

Socket.prototype._reset = function() {
  this.resetAndClosing = true;
  return this.destroy();
};

Socket.prototype._getpeername = function() {
  if (!this._handle || !this._handle.getpeername || this.connecting) return this._peername || {};
  if (!this._peername) {
    const out = {};
    const err = this._handle.getpeername(out);
    if (err) return out;
    this._peername = out;
  }
  return this._peername;
};

function protoGetter(name, callback) {
  Object.defineProperty(Socket.prototype, name, {
    __proto__: null, configurable: false, enumerable: true, get: callback,
  });
}

protoGetter('bytesRead', function bytesRead() {
  return this._handle ? this._handle.bytesRead : this[kBytesRead];
});
protoGetter('remoteAddress', function remoteAddress() { return this._getpeername().address; });
protoGetter('remoteFamily', function remoteFamily() { return this._getpeername().family; });
protoGetter('remotePort', function remotePort() { return this._getpeername().port; });

Socket.prototype._getsockname = function() {
  if (!this._handle || !this._handle.getsockname) return {};
  if (!this._sockname) {
    this._sockname = {};
    this._handle.getsockname(this._sockname);
  }
  return this._sockname;
};

protoGetter('localAddress', function localAddress() { return this._getsockname().address; });
protoGetter('localPort', function localPort() { return this._getsockname().port; });
protoGetter('localFamily', function localFamily() { return this._getsockname().family; });

function onWriteComplete(status) {
  const stream = this.handle[kOwner];
  if (status < 0) {
    const error = new ErrnoException(status, 'write', this.error);
    if (typeof this.callback === 'function') return this.callback(error);
    return stream.destroy(error);
  }
  if (stream.destroyed) {
    if (typeof this.callback === 'function') this.callback(null);
    return;
  }
  stream._unrefTimer();
  stream[kLastWriteQueueSize] = 0;
  if (typeof this.callback === 'function') this.callback(null);
}

function createWriteWrap(handle, callback) {
  return { handle, oncomplete: onWriteComplete, async: false, bytes: 0, buffer: null, callback };
}

function handleWriteReq(req, data, encoding) {
  const { handle } = req;
  switch (encoding) {
    case 'buffer':
      return handle.writeBuffer(req, data);
    case 'latin1':
    case 'binary':
      return handle.writeLatin1String(req, data);
    case 'utf8':
    case 'utf-8':
      return handle.writeUtf8String(req, data);
    case 'ascii':
      return handle.writeAsciiString(req, data);
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return handle.writeUcs2String(req, data);
    default:
      return handle.writeBuffer(req, Buffer.from(data, encoding));
  }
}

function afterWriteDispatched(req, err, cb) {
  if (err !== 0) return cb(new ErrnoException(err, 'write', req.error));
  req.handle.bytesWritten += req.bytes;
  if (!req.async && typeof req.callback === 'function') req.callback();
}

function writevGeneric(self, data, cb) {
  const req = createWriteWrap(self._handle, cb);
  const allBuffers = data.allBuffers;
  let chunks;
  if (allBuffers) {
    chunks = new Array(data.length);
    for (let i = 0; i < data.length; i++) chunks[i] = data[i].chunk;
  } else {
    chunks = new Array(data.length << 1);
    for (let i = 0; i < data.length; i++) {
      const entry = data[i];
      let chunk = entry.chunk;
      let enc = entry.encoding;
      if (typeof chunk === 'string' && !['utf8', 'utf-8', 'latin1', 'binary', 'ascii', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le'].includes(enc)) {
        chunk = Buffer.from(chunk, enc);
        enc = 'buffer';
      }
      chunks[i * 2] = chunk;
      chunks[i * 2 + 1] = enc;
    }
  }
  const err = req.handle.writev(req, chunks, !!allBuffers);
  afterWriteDispatched(req, err, cb);
  return req;
}

function writeGeneric(self, data, encoding, cb) {
  const req = createWriteWrap(self._handle, cb);
  const err = handleWriteReq(req, data, encoding);
  afterWriteDispatched(req, err, cb);
  return req;
}

Socket.prototype._writeGeneric = function(writev, data, encoding, cb) {
  if (this.connecting) {
    this._pendingData = data;
    this._pendingEncoding = encoding;
    function onClose() {
      cb(new ERR_SOCKET_CLOSED_BEFORE_CONNECTION());
    }
    this.once('connect', function connect() {
      this.off('close', onClose);
      this._writeGeneric(writev, data, encoding, cb);
    });
    this.once('close', onClose);
    return;
  }
  this._pendingData = null;
  this._pendingEncoding = '';
  if (!this._handle) {
    cb(new ERR_SOCKET_CLOSED());
    return false;
  }
  this._unrefTimer();
  const req = writev ? writevGeneric(this, data, cb) : writeGeneric(this, data, encoding, cb);
  if (req.async) this[kLastWriteQueueSize] = req.bytes;
};

// writeString is socket.write(data, encoding, cb) for a 'utf8' or 'latin1' string on an idle
// socket: the state changes of Writable's write and writeOrBuffer and of Socket's _write and
// writeGeneric, in that order, without their eight calls (http writes every response this way).
// Any other case takes socket.write.
const writableWrite = stream.Writable.prototype.write;
function writeString(socket, data, encoding, cb) {
  const ws = socket._writableState;
  const handle = socket._handle;
  if (socket.write !== writableWrite || socket._write !== Socket.prototype._write || socket.connecting ||
      !handle || ws.objectMode || ws.decodeStrings || ws.ending || ws.destroyed || ws.writing ||
      ws.corked || ws.errored || !ws.constructed || ws.buffered.length > ws.bufferedIndex ||
      ws.afterWritePending || typeof cb !== 'function' || typeof data !== 'string' ||
      (encoding !== 'utf8' && encoding !== 'latin1')) {
    return socket.write(data, encoding, cb);
  }
  ws.pendingcb++;
  const len = data.length;
  ws.length += len;
  ws.writelen = len;
  ws.writecb = cb;
  ws.writing = true;
  ws.sync = true;
  ws.expectWriteCb = true;
  socket._pendingData = null;
  socket._pendingEncoding = '';
  socket._unrefTimer();
  const req = createWriteWrap(handle, ws.onwrite);
  const err = encoding === 'utf8' ? handle.writeUtf8String(req, data) : handle.writeLatin1String(req, data);
  afterWriteDispatched(req, err, ws.onwrite);
  if (req.async) socket[kLastWriteQueueSize] = req.bytes;
  ws.sync = false;
  const ret = ws.length < ws.highWaterMark || ws.length === 0;
  if (!ret) ws.needDrain = true;
  return ret && !ws.destroyed && !ws.errored;
}
internalNet.writeString = writeString;

Socket.prototype._writev = function(chunks, cb) {
  this._writeGeneric(true, chunks, '', cb);
};

Socket.prototype._write = function(data, encoding, cb) {
  this._writeGeneric(false, data, encoding, cb);
};

protoGetter('_bytesDispatched', function _bytesDispatched() {
  return this._handle ? this._handle.bytesWritten : this[kBytesWritten];
});

protoGetter('bytesWritten', function bytesWritten() {
  let bytes = this._bytesDispatched;
  const data = this._pendingData;
  const encoding = this._pendingEncoding;
  const writableBuffer = this.writableBuffer;
  if (!writableBuffer) return undefined;
  for (const el of writableBuffer) {
    bytes += el.chunk instanceof Buffer ? el.chunk.length : Buffer.byteLength(el.chunk, el.encoding);
  }
  if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i++) {
      const chunk = data[i];
      if (data.allBuffers || chunk instanceof Buffer) bytes += chunk.length;
      else bytes += Buffer.byteLength(chunk.chunk, chunk.encoding);
    }
  } else if (data) {
    bytes += typeof data !== 'string' ? data.length : Buffer.byteLength(data, encoding);
  }
  return bytes;
});

function checkBindError(err, port, handle) {
  if (err === 0 && port > 0 && handle.getsockname) {
    const out = {};
    err = handle.getsockname(out);
    if (err === 0 && port !== out.port) err = UV_EADDRINUSE;
  }
  return err;
}

function internalConnect(self, address, port, addressType, localAddress, localPort) {
  let err;
  if (localAddress || localPort) {
    if (addressType === 4) {
      localAddress ||= DEFAULT_IPV4_ADDR;
      err = self._handle.bind(localAddress, localPort);
    } else {
      localAddress ||= DEFAULT_IPV6_ADDR;
      err = self._handle.bind6(localAddress, localPort, 0);
    }
    err = checkBindError(err, localPort, self._handle);
    if (err) {
      self.destroy(new ExceptionWithHostPort(err, 'bind', localAddress, localPort));
      return;
    }
  }
  self.emit('connectionAttempt', address, port, addressType);
  let req;
  if (addressType === 6 || addressType === 4) {
    if (self.blockList?.check(address, `ipv${addressType}`)) {
      self.destroy(new ERR_IP_BLOCKED(address));
      return;
    }
    req = { oncomplete: afterConnect, address, port, localAddress, localPort, addressType };
    err = addressType === 4 ? self._handle.connect(req, address, port) : self._handle.connect6(req, address, port);
  } else {
    req = { oncomplete: afterConnect, address };
    err = self._handle.connect(req, address);
  }
  if (err) {
    const sockname = self._getsockname();
    let details;
    if (sockname) details = sockname.address + ':' + sockname.port;
    self.destroy(new ExceptionWithHostPort(err, 'connect', address, port, details));
  }
}

Socket.prototype.connect = function(...args) {
  let normalized;
  if (Array.isArray(args[0]) && args[0][normalizedArgsSymbol]) normalized = args[0];
  else normalized = normalizeArgs(args);
  const options = normalized[0];
  const cb = normalized[1];
  if (cb !== null) this.once('connect', cb);
  if (this._parent?.connecting) return this;
  if (options.port === undefined && options.path == null) {
    throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
  }
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  if (this.destroyed) {
    this._handle = null;
    this._peername = null;
    this._sockname = null;
  }
  const { path } = options;
  // an adopted BoundSocket fixes the transport; once destroyed, the path option decides again
  const pipe = this[kBoundSource] && this._handle ? this._handle instanceof Pipe : !!path;
  if (!this._handle) {
    this._handle = pipe ? new Pipe(0) : new TCP(0);
    initSocketHandle(this);
  }
  this._unrefTimer();
  this.connecting = true;
  if (pipe) {
    validateString(path, 'options.path');
    internalConnect(this, path);
  } else {
    lookupAndConnect(this, options);
  }
  return this;
};

function socketToDnsFamily(family) {
  switch (family) {
    case 'IPv4': return 4;
    case 'IPv6': return 6;
  }
  return family;
}

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port, autoSelectFamily } = options;
  validateStringWithoutNullBytes(host, 'options.host');
  if (self[kBoundSource]) {
    if (localAddress !== undefined || localPort !== undefined) {
      throw new ERR_INVALID_ARG_VALUE('options', options,
        'localAddress and localPort cannot be used with an adopted bound socket');
    }
    autoSelectFamily = false;
  }
  if (localAddress && !isIP(localAddress)) throw new ERR_INVALID_IP_ADDRESS(localAddress);
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (port !== undefined) {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;
  if (autoSelectFamily != null) validateBoolean(autoSelectFamily, 'options.autoSelectFamily');
  else autoSelectFamily = autoSelectFamilyDefault;
  if (options.autoSelectFamilyAttemptTimeout != null) {
    validateInt32(options.autoSelectFamilyAttemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
  }
  const addressType = isIP(host);
  if (addressType && self[kBoundSource]) {
    // no lookup for an adopted BoundSocket: connect now, so the source address is known at once
    internalConnect(self, host, port, addressType);
    return;
  }
  if (addressType) {
    process.nextTick(() => {
      if (self.connecting) internalConnect(self, host, port, addressType, localAddress, localPort);
    });
    return;
  }
  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  dns ??= require('dns');
  const dnsopts = { family: socketToDnsFamily(options.family), hints: options.hints || 0 };
  if (dnsopts.family !== 4 && dnsopts.family !== 6 && dnsopts.hints === 0) dnsopts.hints = dns.ADDRCONFIG;
  self._host = host;
  const lookup = options.lookup || dns.lookup;
  if (dnsopts.family !== 4 && dnsopts.family !== 6 && !localAddress && autoSelectFamily) {
    dnsopts.all = true;
    lookup(host, dnsopts, (err, addresses) => {
      if (!self.connecting) return;
      if (err) {
        self.emit('lookup', err, undefined, undefined, host);
        process.nextTick(() => self.destroy(err));
        return;
      }
      const valid = [];
      for (const a of addresses) {
        self.emit('lookup', err, a.address, a.family, host);
        if (!self.connecting) return;
        if (isIP(a.address) && (a.family === 4 || a.family === 6) &&
            !valid.some((v) => v.address === a.address)) {
          valid.push(a);
        }
      }
      if (valid.length === 0) {
        const first = addresses[0];
        const e = !isIP(first?.address) ? new ERR_INVALID_IP_ADDRESS(first?.address) :
          new ERR_INVALID_ADDRESS_FAMILY(first.family, options.host, options.port);
        process.nextTick(() => self.destroy(e));
        return;
      }
      // Happy eyeballs, basic: the first address of each family alternately, one at a time.
      const byFamily = [valid.filter((a) => a.family === valid[0].family), valid.filter((a) => a.family !== valid[0].family)];
      const toAttempt = [];
      for (let i = 0; i < Math.max(byFamily[0].length, byFamily[1].length); i++) {
        if (i in byFamily[0]) toAttempt.push(byFamily[0][i]);
        if (i in byFamily[1]) toAttempt.push(byFamily[1][i]);
      }
      self._unrefTimer();
      if (toAttempt.length === 1) {
        internalConnect(self, toAttempt[0].address, port, toAttempt[0].family, localAddress, localPort);
        return;
      }
      self.autoSelectFamilyAttemptedAddresses = [];
      connectMultiple(self, toAttempt, 0, port, []);
    });
    return;
  }
  lookup(host, dnsopts, function emitLookup(err, ip, addressType) {
    self.emit('lookup', err, ip, addressType, host);
    if (!self.connecting) return;
    if (err) {
      process.nextTick(() => self.destroy(err));
    } else if (typeof ip !== 'string' || !isIP(ip)) {
      const e = new ERR_INVALID_IP_ADDRESS(ip);
      process.nextTick(() => self.destroy(e));
    } else if (addressType !== 4 && addressType !== 6) {
      const e = new ERR_INVALID_ADDRESS_FAMILY(addressType, options.host, options.port);
      process.nextTick(() => self.destroy(e));
    } else {
      self._unrefTimer();
      internalConnect(self, ip, port, addressType, localAddress, localPort);
    }
  });
}

// connectMultiple tries the addresses in turn; the first connection wins, and when all fail the
// socket is destroyed with an AggregateError of every attempt, as Node's does.
function connectMultiple(self, addresses, index, port, errors) {
  const { address, family } = addresses[index];
  self.autoSelectFamilyAttemptedAddresses.push(`${address}:${port}`);
  self.emit('connectionAttempt', address, port, family);
  const req = { address, port, addressType: family };
  req.oncomplete = (status, handle, r, readable, writable) => {
    if (self.destroyed) return;
    if (status === 0) {
      afterConnect.call(req, status, handle, req, readable, writable);
      return;
    }
    const ex = new ExceptionWithHostPort(status, 'connect', address, port);
    self.emit('connectionAttemptFailed', address, port, family, ex);
    errors.push(ex);
    if (index + 1 < addresses.length) {
      self._handle.close();
      self._handle = new TCP(0);
      initSocketHandle(self);
      connectMultiple(self, addresses, index + 1, port, errors);
      return;
    }
    const agg = new AggregateError(errors);
    agg.code = errors[0].code;
    self.destroy(agg);
  };
  const err = family === 4 ? self._handle.connect(req, address, port) : self._handle.connect6(req, address, port);
  if (err) req.oncomplete(err, self._handle, req, false, false);
}

Socket.prototype.ref = function() {
  if (!this._handle) {
    this.once('connect', this.ref);
    return this;
  }
  if (typeof this._handle.ref === 'function') this._handle.ref();
  return this;
};

Socket.prototype.unref = function() {
  if (!this._handle) {
    this.once('connect', this.unref);
    return this;
  }
  if (typeof this._handle.unref === 'function') this._handle.unref();
  return this;
};

// defined last, where Node has it among the prototype's keys
Object.defineProperty(Socket.prototype, '_handle', {
  __proto__: null,
  get() { return this[kHandle]; },
  set(v) { this[kHandle] = v; },
});

function afterConnect(status, handle, req, readable, writable) {
  const self = handle[kOwner];
  if (!self || self.destroyed) return;
  self.connecting = false;
  self._sockname = null;
  if (status === 0) {
    if (self.readable && !readable) {
      self.push(null);
      self.read();
    }
    if (self.writable && !writable) self.end();
    self._unrefTimer();
    if (self[kSetNoDelay] && self._handle.setNoDelay) self._handle.setNoDelay(true);
    if (self[kSetTypeOfService] !== undefined && self._handle.setTypeOfService) {
      self._handle.setTypeOfService(self[kSetTypeOfService]);
    }
    if (self[kSetKeepAlive] && self._handle.setKeepAlive) {
      self._handle.setKeepAlive(true, self[kSetKeepAliveInitialDelay]);
    }
    self.emit('connect');
    self.emit('ready');
    if (readable && !self.isPaused()) self.read(0);
  } else {
    let details;
    if (req.localAddress && req.localPort) details = req.localAddress + ':' + req.localPort;
    const ex = new ExceptionWithHostPort(status, 'connect', req.address, req.port, details);
    if (details) {
      ex.localAddress = req.localAddress;
      ex.localPort = req.localPort;
    }
    self.emit('connectionAttemptFailed', req.address, req.port, req.addressType, ex);
    self.destroy(ex);
  }
}

Socket.prototype[Symbol.asyncDispose] = async function() {
  if (!this.destroyed) {
    await new Promise((resolve) => {
      this.once('close', resolve);
      this.destroy();
    });
  }
};

// ---- Server ------------------------------------------------------------------------------

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
    this.on('connection', connectionListener);
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  if (options.keepAliveInitialDelay !== undefined) {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }
  if (options.highWaterMark !== undefined) {
    validateNumber(options.highWaterMark, 'options.highWaterMark');
    if (options.highWaterMark < 0) options.highWaterMark = stream.getDefaultHighWaterMark?.() ?? 65536;
  }
  this._connections = 0;
  this._handle = null;
  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this._listeningId = 1;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  this.highWaterMark = options.highWaterMark ?? (stream.getDefaultHighWaterMark?.() ?? 65536);
  if (options.blockList) {
    if (!module.exports.BlockList.isBlockList(options.blockList)) {
      throw new ERR_INVALID_ARG_TYPE('options.blockList', 'net.BlockList', options.blockList);
    }
    this.blockList = options.blockList;
  }
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

function getFlags(options) {
  // the bind flags: 1 UV_TCP_IPV6ONLY, 2 UV_TCP_REUSEPORT
  let flags = 0;
  if (options.ipv6Only === true) flags |= 1;
  if (options.reusePort === true) flags |= 2;
  return flags;
}

function createServerHandle(address, port, addressType, fd, flags) {
  let err = 0;
  let handle;
  let isTCP = false;
  if (port === -1 && addressType === -1) {
    handle = new Pipe(1);
  } else {
    handle = new TCP(1);
    isTCP = true;
  }
  if (address || port || isTCP) {
    if (!address) {
      err = handle.bind6(DEFAULT_IPV6_ADDR, port, flags);
      if (err) {
        handle.close();
        return createServerHandle(DEFAULT_IPV4_ADDR, port, undefined, undefined, flags);
      }
    } else if (addressType === 6) {
      err = handle.bind6(address, port, flags);
    } else {
      err = handle.bind(address, port, flags);
    }
  }
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

function setupListenHandle(address, port, addressType, backlog, fd, flags) {
  if (!this._handle) {
    let rval = null;
    if (!address && typeof fd !== 'number') {
      rval = createServerHandle(DEFAULT_IPV6_ADDR, port, 6, fd, flags);
      if (typeof rval === 'number') {
        rval = null;
        address = DEFAULT_IPV4_ADDR;
        addressType = 4;
      } else {
        address = DEFAULT_IPV6_ADDR;
        addressType = 6;
      }
    }
    if (rval === null) rval = createServerHandle(address, port, addressType, fd, flags);
    if (typeof rval === 'number') {
      const error = new UVExceptionWithHostPort(rval, 'listen', address, port);
      process.nextTick(emitErrorNT, this, error);
      return;
    }
    this._handle = rval;
  }
  this._handle.onconnection = onconnection;
  this._handle[kOwner] = this;
  const err = this._handle.listen(backlog || 511);
  if (err) {
    const ex = new UVExceptionWithHostPort(err, 'listen', address, port);
    this._handle.close();
    this._handle = null;
    process.nextTick(emitErrorNT, this, ex);
    return;
  }
  this._connectionKey = addressType + ':' + address + ':' + port;
  if (this._unref) this.unref();
  process.nextTick(emitListeningNT, this);
}

Server.prototype._listen2 = setupListenHandle;

function emitErrorNT(self, err) {
  self.emit('error', err);
}

function emitListeningNT(self) {
  if (self._handle) self.emit('listening');
}

function listenInCluster(server, address, port, addressType, backlog, fd, exclusive, flags) {
  server._listen2(address, port, addressType, backlog, fd, flags);
}

Server.prototype.listen = function(...args) {
  const normalized = normalizeArgs(args);
  let options = normalized[0];
  const cb = normalized[1];
  if (this._handle) throw new ERR_SERVER_ALREADY_LISTEN();
  if (cb !== null) this.once('listening', cb);
  const backlogFromArgs = toNumber(args.length > 1 && args[1]) || toNumber(args.length > 2 && args[2]);
  const boundSocket = options instanceof BoundSocket ? options :
    options.handle instanceof BoundSocket ? options.handle : null;
  if (boundSocket !== null) {
    const boundPath = boundSocket[kBoundSocketPath];
    this._handle = boundSocket[kBoundSocketConsume]();
    if (boundPath !== undefined) this._pipeName = boundPath;
    this._listeningId++;
    listenInCluster(this, null, -1, -1, backlogFromArgs, undefined, true);
    return this;
  }
  options = options._handle || options.handle || options;
  const flags = getFlags(options);
  this._listeningId++;
  if (options instanceof TCP) {
    this._handle = options;
    listenInCluster(this, null, -1, -1, backlogFromArgs, undefined, true);
    return this;
  }
  if (options.signal !== undefined) {
    validateAbortSignal(options.signal, 'options.signal');
    const { signal } = options;
    const onAborted = () => this.close();
    if (signal.aborted) process.nextTick(onAborted);
    else {
      signal.addEventListener('abort', onAborted, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }
  if (typeof options.fd === 'number' && options.fd >= 0) {
    throw new ERR_INVALID_FD_TYPE('UNKNOWN');
  }
  if (args.length === 0 || typeof args[0] === 'function' ||
      (options.port === undefined && 'port' in options) || options.port === null) {
    options.port = 0;
  }
  let backlog;
  if (typeof options.port === 'number' || typeof options.port === 'string') {
    validatePort(options.port, 'options.port');
    backlog = options.backlog || backlogFromArgs;
    if (options.host) {
      lookupAndListen(this, options.port | 0, options.host, backlog, options.exclusive, flags);
    } else {
      listenInCluster(this, null, options.port | 0, 4, backlog, undefined, options.exclusive, flags);
    }
    return this;
  }
  if (options.path && isPipeName(options.path)) {
    const pipeName = this._pipeName = options.path;
    backlog = options.backlog || backlogFromArgs;
    listenInCluster(this, pipeName, -1, -1, backlog, undefined, options.exclusive);
    return this;
  }
  if (!(('port' in options) || ('path' in options))) {
    throw new ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" or "path"');
  }
  throw new ERR_INVALID_ARG_VALUE('options', options);
};

function lookupAndListen(self, port, address, backlog, exclusive, flags) {
  dns ??= require('dns');
  const listeningId = self._listeningId;
  dns.lookup(address, { all: true }, (err, addresses) => {
    if (listeningId !== self._listeningId) return;
    if (err) {
      self.emit('error', err);
      return;
    }
    const valid = addresses.find((a) => !/^fe[89ab]/i.test(a.address)) || addresses[0];
    listenInCluster(self, valid.address, port, valid.family || 4, backlog, undefined, exclusive, flags);
  });
}

Object.defineProperty(Server.prototype, 'listening', {
  __proto__: null, get() { return !!this._handle; }, configurable: true, enumerable: true,
});

Server.prototype.address = function() {
  if (this._handle?.getsockname && !this._pipeName) {
    const out = {};
    const err = this._handle.getsockname(out);
    if (err) throw new ErrnoException(err, 'address');
    return out;
  } else if (this._pipeName) {
    return this._pipeName;
  }
  return null;
};

function onconnection(err, clientHandle) {
  const self = this[kOwner];
  if (err) {
    self.emit('error', new ErrnoException(err, 'accept'));
    return;
  }
  if (self.maxConnections != null && self._connections >= self.maxConnections) {
    if (typeof clientHandle.getsockname !== 'function') {
      self.emit('drop');
      clientHandle.close();
      return;
    }
    const data = { __proto__: null };
    const local = { __proto__: null };
    clientHandle.getsockname(local);
    data.localAddress = local.address;
    data.localPort = local.port;
    data.localFamily = local.family;
    const remote = { __proto__: null };
    clientHandle.getpeername(remote);
    data.remoteAddress = remote.address;
    data.remotePort = remote.port;
    data.remoteFamily = remote.family;
    self.emit('drop', data);
    clientHandle.close();
    return;
  }
  if (self.blockList && typeof clientHandle.getpeername === 'function') {
    const remote = { __proto__: null };
    clientHandle.getpeername(remote);
    const addressType = isIP(remote.address);
    if (addressType && self.blockList.check(remote.address, `ipv${addressType}`)) {
      clientHandle.close();
      return;
    }
  }
  // an http server may keep the connection in Go and make its socket only when a program needs
  // it (internal/net's acceptFast, set by _http_server)
  if (self[internalNet.kAcceptFast] !== undefined && self[internalNet.kAcceptFast](clientHandle)) {
    self._connections++;
    return;
  }
  const socket = serverSocket(self, clientHandle);
  self._connections++;
  self.emit('connection', socket);
}

// serverSocket makes the net.Socket of an accepted connection.
function serverSocket(self, clientHandle) {
  const socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: self.allowHalfOpen,
    pauseOnCreate: self.pauseOnConnect,
    readable: true,
    writable: true,
    readableHighWaterMark: self.highWaterMark,
    writableHighWaterMark: self.highWaterMark,
  });
  if (self.noDelay && clientHandle.setNoDelay) {
    socket[kSetNoDelay] = true;
    clientHandle.setNoDelay(true);
  }
  if (self.keepAlive && clientHandle.setKeepAlive) {
    socket[kSetKeepAlive] = true;
    socket[kSetKeepAliveInitialDelay] = self.keepAliveInitialDelay;
    clientHandle.setKeepAlive(true, self.keepAliveInitialDelay);
  }
  socket.server = self;
  socket._server = self;
  return socket;
}
internalNet.serverSocket = serverSocket;

// closedServerSocket is the socket of a connection an http server closed before any program
// asked for it (a Go-owned connection): destroyed, with the connection's byte counts.
internalNet.closedServerSocket = function closedServerSocket(self, bytesRead, bytesWritten) {
  const socket = new Socket({ readable: false, writable: false });
  socket.server = self;
  socket._server = self;
  socket[kBytesRead] = bytesRead;
  socket[kBytesWritten] = bytesWritten;
  socket.destroy();
  return socket;
};

Server.prototype.getConnections = function(cb) {
  process.nextTick(cb, null, this._connections);
  return this;
};

Server.prototype.close = function(cb) {
  this._listeningId++;
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function close() {
        cb(new ERR_SERVER_NOT_RUNNING());
      });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  this._emitCloseIfDrained();
  return this;
};

Server.prototype[Symbol.asyncDispose] = async function() {
  if (!this._handle) return;
  await new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
};

Server.prototype._emitCloseIfDrained = function() {
  if (this._handle || this._connections) return;
  process.nextTick(emitCloseNT, this);
};

function emitCloseNT(self) {
  self.emit('close');
}

Server.prototype[EventEmitter.captureRejectionSymbol] = function(err, event, sock) {
  if (event === 'connection') sock.destroy(err);
  else this.emit('error', err);
};

Server.prototype.ref = function() {
  this._unref = false;
  if (this._handle) this._handle.ref();
  return this;
};

Server.prototype.unref = function() {
  this._unref = true;
  if (this._handle) this._handle.unref();
  return this;
};

const kBoundSource = Symbol('kBoundSource');
const kBoundSocketConsume = Symbol('kBoundSocketConsume');
const kBoundSocketPath = Symbol('kBoundSocketPath');
const kBoundHandle = Symbol('kBoundHandle');
const kBoundAddress = Symbol('kBoundAddress');

// BoundSocket is a socket bound at once (bind errors throw here) to a numeric address or a Unix
// path, neither listening nor connecting until one Server (server.listen(bound)) or Socket
// (new net.Socket({ handle: bound })) adopts it.
class BoundSocket {
  constructor(options = {}) {
    validateObject(options, 'options');
    hide(this, kBoundHandle, null);
    hide(this, kBoundAddress, {});
    hide(this, kBoundSocketPath, undefined);
    if (options.path !== undefined) {
      bindPipe(this, options);
      return;
    }
    const port = validatePort(options.port ?? 0, 'options.port');
    const ipv6Only = options.ipv6Only ?? false;
    validateBoolean(ipv6Only, 'options.ipv6Only');
    const reusePort = options.reusePort ?? false;
    validateBoolean(reusePort, 'options.reusePort');
    let { host } = options;
    let addressType;
    if (host === undefined || host === null) {
      host = ipv6Only ? DEFAULT_IPV6_ADDR : DEFAULT_IPV4_ADDR;
      addressType = ipv6Only ? 6 : 4;
    } else {
      validateString(host, 'options.host');
      addressType = isIP(host);
      if (addressType === 0) {
        throw new ERR_INVALID_ARG_VALUE('options.host', host,
          'must be a numeric IP address; net.BoundSocket does not perform DNS resolution');
      }
    }
    // UV_TCP_IPV6ONLY and UV_TCP_REUSEPORT
    const flags = (ipv6Only ? 1 : 0) | (reusePort ? 2 : 0);
    const handle = new TCP(0);
    let err = addressType === 6 ? handle.bind6(host, port, flags) : handle.bind(host, port, flags);
    if (err === 0) err = handle.getsockname(this[kBoundAddress]);
    if (err) {
      handle.close();
      throw new ExceptionWithHostPort(err, 'bind', host, port);
    }
    this[kBoundHandle] = handle;
  }

  address() {
    if (this[kBoundHandle] === null) throw new ERR_SOCKET_HANDLE_ADOPTED();
    return this[kBoundSocketPath] ?? this[kBoundAddress];
  }

  fd() {
    if (this[kBoundHandle] === null) throw new ERR_SOCKET_HANDLE_ADOPTED();
    return this[kBoundHandle].boundFd();
  }

  close() {
    if (this[kBoundHandle] === null) throw new ERR_SOCKET_HANDLE_ADOPTED();
    this[kBoundHandle].close();
    this[kBoundHandle] = null;
  }

  [Symbol.dispose]() {
    if (this[kBoundHandle] !== null) {
      this[kBoundHandle].close();
      this[kBoundHandle] = null;
    }
  }

  [kBoundSocketConsume]() {
    if (this[kBoundHandle] === null) throw new ERR_SOCKET_HANDLE_ADOPTED();
    const handle = this[kBoundHandle];
    this[kBoundHandle] = null;
    return handle;
  }

  get isPipe() {
    return this[kBoundSocketPath] !== undefined;
  }
}

function hide(obj, key, value) {
  Object.defineProperty(obj, key, { __proto__: null, value, writable: true, configurable: true });
}

function bindPipe(bound, options) {
  const { path, host, port, ipv6Only, reusePort } = options;
  if (host !== undefined || port !== undefined || ipv6Only !== undefined || reusePort !== undefined) {
    throw new ERR_INVALID_ARG_VALUE('options', options,
      'path is mutually exclusive with host, port, ipv6Only, and reusePort');
  }
  validateString(path, 'options.path');
  if (path[0] === '\0' && process.platform !== 'linux') {
    throw new ERR_INVALID_ARG_VALUE('options.path', path, 'abstract socket paths are only supported on Linux');
  }
  const handle = new Pipe(0);
  const err = handle.bind(path);
  if (err) {
    handle.close();
    throw new ErrnoException(err, 'bind');
  }
  bound[kBoundHandle] = handle;
  bound[kBoundSocketPath] = path;
}

module.exports = {
  _createServerHandle: createServerHandle,
  _normalizeArgs: normalizeArgs,
  get BlockList() { return require('internal/blocklist').BlockList; },
  get SocketAddress() { return require('internal/socketaddress').SocketAddress; },
  BoundSocket,
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};

