'use strict';
// node:dgram: UDP sockets on the udp binding (node/net/udp.go). One handle per socket; the
// socket is made at bind, which resolves its address first (literal IPs of the socket's family
// skip dns.lookup and finish on the next tick).

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS,
    ERR_SOCKET_ALREADY_BOUND, ERR_SOCKET_BAD_BUFFER_SIZE, ERR_SOCKET_BUFFER_SIZE,
    ERR_SOCKET_DGRAM_IS_CONNECTED, ERR_SOCKET_DGRAM_NOT_CONNECTED, ERR_SOCKET_DGRAM_NOT_RUNNING,
    ERR_SOCKET_BAD_TYPE, ERR_IP_BLOCKED,
  },
  ErrnoException, ExceptionWithHostPort, uvErrmapGet,
} = require('internal/errors');
const {
  validateAbortSignal, validateFunction, validateNumber, validateObject, validatePort,
  validateString, validateUint32,
} = require('internal/validators');
const { isIP } = require('internal/net');
const binding = internalBinding('internal/udp_wrap');
binding.setBufferPrototype(FastBuffer.prototype);
const { UDP } = binding;

const kState = Symbol('state symbol');
const kOwner = Symbol('owner_symbol');
const UNBOUND = 0, BINDING = 1, BOUND = 2;
const DISCONNECTED = 0, CONNECTING = 1, CONNECTED = 2;
const UV_UDP_IPV6ONLY = 1, UV_UDP_REUSEADDR = 4;

let dns;
function defaultLookup(address, family, callback) {
  if (isIP(address) === family) {
    process.nextTick(callback, null, address, family);
    return;
  }
  dns ??= require('dns');
  return dns.lookup(address, family, callback);
}

function makeHandle(type, lookup) {
  if (lookup === undefined) lookup = defaultLookup;
  else validateFunction(lookup, 'lookup');
  if (type !== 'udp4' && type !== 'udp6') throw new ERR_SOCKET_BAD_TYPE();
  const handle = new UDP(type);
  const family = type === 'udp4' ? 4 : 6;
  const fallback = family === 4 ? '127.0.0.1' : '::1';
  handle.lookup = (address, cb) => lookup(address || fallback, family, cb);
  return handle;
}

function Socket(type, listener) {
  EventEmitter.call(this);
  let options;
  let lookup, recvBufferSize, sendBufferSize, receiveBlockList, sendBlockList;
  if (type !== null && typeof type === 'object') {
    options = type;
    type = options.type;
    lookup = options.lookup;
    if (options.recvBufferSize) validateUint32(options.recvBufferSize, 'options.recvBufferSize');
    if (options.sendBufferSize) validateUint32(options.sendBufferSize, 'options.sendBufferSize');
    recvBufferSize = options.recvBufferSize;
    sendBufferSize = options.sendBufferSize;
    const { BlockList } = require('internal/blocklist');
    if (options.receiveBlockList) {
      if (!BlockList.isBlockList(options.receiveBlockList)) {
        throw new ERR_INVALID_ARG_TYPE('options.receiveBlockList', 'net.BlockList', options.receiveBlockList);
      }
      receiveBlockList = options.receiveBlockList;
    }
    if (options.sendBlockList) {
      if (!BlockList.isBlockList(options.sendBlockList)) {
        throw new ERR_INVALID_ARG_TYPE('options.sendBlockList', 'net.BlockList', options.sendBlockList);
      }
      sendBlockList = options.sendBlockList;
    }
  }
  const handle = makeHandle(type, lookup);
  handle[kOwner] = this;
  this.type = type;
  if (typeof listener === 'function') this.on('message', listener);
  this[kState] = {
    handle, receiving: false, bindState: UNBOUND, connectState: DISCONNECTED, queue: undefined,
    reuseAddr: options?.reuseAddr, reusePort: options?.reusePort, ipv6Only: options?.ipv6Only,
    recvBufferSize, sendBufferSize, receiveBlockList, sendBlockList,
  };
  if (options?.signal !== undefined) {
    const { signal } = options;
    validateAbortSignal(signal, 'options.signal');
    const onAborted = () => { if (this[kState].handle) this.close(); };
    if (signal.aborted) {
      onAborted();
    } else {
      signal.addEventListener('abort', onAborted, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }
}
Object.setPrototypeOf(Socket.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Socket, EventEmitter);

function createSocket(type, listener) {
  return new Socket(type, listener);
}

function healthCheck(socket) {
  if (!socket[kState].handle) throw new ERR_SOCKET_DGRAM_NOT_RUNNING();
}

function bindFlags(state) {
  let flags = 0;
  if (state.reuseAddr || state.reusePort) flags |= UV_UDP_REUSEADDR;
  if (state.ipv6Only) flags |= UV_UDP_IPV6ONLY;
  return flags;
}

function startReceiving(socket) {
  const state = socket[kState];
  state.handle.onmessage = onMessage;
  state.handle.recvStart();
  state.receiving = true;
  state.bindState = BOUND;
  if (state.recvBufferSize) bufferSize(socket, state.recvBufferSize, true);
  if (state.sendBufferSize) bufferSize(socket, state.sendBufferSize, false);
}

function onMessage(nread, handle, buf, rinfo) {
  const self = handle[kOwner];
  if (nread < 0) {
    self.emit('error', new ErrnoException(nread, 'recvmsg'));
    return;
  }
  if (self[kState].receiveBlockList?.check(rinfo.address, rinfo.family === 'IPv4' ? 'ipv4' : 'ipv6')) {
    return;
  }
  rinfo.size = buf.length;
  self.emit('message', buf, rinfo);
}

Socket.prototype.bind = function(port_, address_ /* , callback */) {
  let port = port_;
  healthCheck(this);
  const state = this[kState];
  if (state.bindState !== UNBOUND) throw new ERR_SOCKET_ALREADY_BOUND();
  state.bindState = BINDING;

  const cb = arguments.length && arguments[arguments.length - 1];
  if (typeof cb === 'function') {
    const onListening = () => {
      this.removeListener(EventEmitter.errorMonitor, removeListeners);
      cb.call(this);
    };
    const removeListeners = () => {
      this.removeListener(EventEmitter.errorMonitor, removeListeners);
      this.removeListener('listening', onListening);
    };
    this.on(EventEmitter.errorMonitor, removeListeners);
    this.on('listening', onListening);
  }

  let address;
  if (port !== null && typeof port === 'object') {
    address = port.address || '';
    port = port.port;
  } else {
    address = typeof address_ === 'function' ? '' : address_;
  }
  if (!address) address = this.type === 'udp4' ? '0.0.0.0' : '::';

  state.handle.lookup(address, (err, ip) => {
    if (!state.handle) return;
    if (err) {
      state.bindState = UNBOUND;
      this.emit('error', err);
      return;
    }
    const rc = state.handle.bind(ip, port || 0, bindFlags(state));
    if (rc) {
      const ex = new ExceptionWithHostPort(rc, 'bind', ip, port);
      state.bindState = UNBOUND;
      this.emit('error', ex);
      return;
    }
    startReceiving(this);
    this.emit('listening');
  });
  return this;
};

Socket.prototype.bindSync = function(options = {}) {
  healthCheck(this);
  validateObject(options, 'options');
  const state = this[kState];
  if (state.bindState !== UNBOUND) throw new ERR_SOCKET_ALREADY_BOUND();
  const port = validatePort(options.port ?? 0, 'options.port');
  let { address } = options;
  if (!address) {
    address = this.type === 'udp4' ? '0.0.0.0' : '::';
  } else {
    validateString(address, 'options.address');
    if (isIP(address) === 0) {
      throw new ERR_INVALID_ARG_VALUE('options.address', address,
                                      'must be a numeric IP address; bindSync does not perform DNS resolution');
    }
  }
  state.bindState = BINDING;
  const rc = state.handle.bind(address, port, bindFlags(state));
  if (rc) {
    state.bindState = UNBOUND;
    throw new ExceptionWithHostPort(rc, 'bind', address, port);
  }
  startReceiving(this);
  process.nextTick(() => { if (state.handle) this.emit('listening'); });
  return this.address();
};

function enqueue(self, fn) {
  const state = self[kState];
  if (state.queue === undefined) {
    state.queue = [];
    const onError = () => {
      self.removeListener('listening', onListening);
      state.queue = undefined;
    };
    const onListening = () => {
      self.removeListener(EventEmitter.errorMonitor, onError);
      const q = state.queue;
      state.queue = undefined;
      for (const f of q) f();
    };
    self.once(EventEmitter.errorMonitor, onError);
    self.once('listening', onListening);
  }
  state.queue.push(fn);
}

Socket.prototype.connect = function(port, address, callback) {
  port = validatePort(port, 'Port', false);
  if (typeof address === 'function') {
    callback = address;
    address = '';
  } else if (address === undefined) {
    address = '';
  }
  validateString(address, 'address');
  const state = this[kState];
  if (state.connectState !== DISCONNECTED) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  state.connectState = CONNECTING;
  if (state.bindState === UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (state.bindState !== BOUND) {
    enqueue(this, () => doConnectLookup(this, port, address, callback));
    return;
  }
  doConnectLookup(this, port, address, callback);
};

function doConnectLookup(self, port, address, callback) {
  const state = self[kState];
  if (callback) self.once('connect', callback);
  state.handle.lookup(address, (ex, ip) => {
    if (!state.handle) return;
    if (!ex && state.sendBlockList?.check(ip, `ipv${isIP(ip)}`)) ex = new ERR_IP_BLOCKED(ip);
    if (!ex) {
      const rc = state.handle.connect(ip, port);
      if (rc) ex = new ExceptionWithHostPort(rc, 'connect', address, port);
    }
    if (ex) {
      state.connectState = DISCONNECTED;
      process.nextTick(() => {
        if (callback) {
          self.removeListener('connect', callback);
          callback(ex);
        } else {
          self.emit('error', ex);
        }
      });
      return;
    }
    state.connectState = CONNECTED;
    process.nextTick(() => self.emit('connect'));
  });
}

Socket.prototype.connectSync = function(port, address) {
  healthCheck(this);
  port = validatePort(port, 'Port', false);
  const state = this[kState];
  if (state.connectState !== DISCONNECTED) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  if (address == null || address === '') {
    address = this.type === 'udp4' ? '127.0.0.1' : '::1';
  } else {
    validateString(address, 'address');
    if (isIP(address) === 0) {
      throw new ERR_INVALID_ARG_VALUE('address', address,
                                      'must be a numeric IP address; connectSync does not perform DNS resolution');
    }
  }
  if (state.bindState === UNBOUND) this.bindSync();
  else if (state.bindState !== BOUND) throw new ERR_SOCKET_ALREADY_BOUND();
  state.connectState = CONNECTING;
  if (state.sendBlockList?.check(address, `ipv${isIP(address)}`)) {
    state.connectState = DISCONNECTED;
    throw new ERR_IP_BLOCKED(address);
  }
  const rc = state.handle.connect(address, port);
  if (rc) {
    state.connectState = DISCONNECTED;
    throw new ExceptionWithHostPort(rc, 'connect', address, port);
  }
  state.connectState = CONNECTED;
  process.nextTick(() => { if (state.handle) this.emit('connect'); });
};

Socket.prototype.disconnect = function() {
  const state = this[kState];
  if (state.connectState !== CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
  const rc = state.handle.disconnect();
  if (rc) throw new ErrnoException(rc, 'connect');
  state.connectState = DISCONNECTED;
};

Socket.prototype.sendto = function(buffer, offset, length, port, address, callback) {
  validateNumber(offset, 'offset');
  validateNumber(length, 'length');
  validateNumber(port, 'port');
  validateString(address, 'address');
  this.send(buffer, offset, length, port, address, callback);
};

const kBufferTypes = ['Buffer', 'TypedArray', 'DataView', 'string'];

function isView(v) {
  return ArrayBuffer.isView(v);
}

function sliceBuffer(buffer, offset, length) {
  if (typeof buffer === 'string') buffer = Buffer.from(buffer);
  else if (!isView(buffer)) throw new ERR_INVALID_ARG_TYPE('buffer', kBufferTypes, buffer);
  offset >>>= 0;
  length >>>= 0;
  if (offset > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (offset + length > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
  return Buffer.from(buffer.buffer, buffer.byteOffset + offset, length);
}

function toBufferList(list) {
  const out = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const b = list[i];
    if (typeof b === 'string') out[i] = Buffer.from(b);
    else if (Buffer.isBuffer(b)) out[i] = b;
    else if (!isView(b)) return null;
    else out[i] = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  }
  return out;
}

Socket.prototype.send = function(buffer, offset, length, port, address, callback) {
  let list;
  const state = this[kState];
  const connected = state.connectState === CONNECTED;
  if (!connected) {
    if (address || (port && typeof port !== 'function')) {
      buffer = sliceBuffer(buffer, offset, length);
    } else {
      callback = port;
      port = offset;
      address = length;
    }
  } else {
    if (typeof length === 'number') {
      buffer = sliceBuffer(buffer, offset, length);
      if (typeof port === 'function') {
        callback = port;
        port = null;
      }
    } else {
      callback = offset;
    }
    if (port || address) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  }

  if (!Array.isArray(buffer)) {
    if (typeof buffer === 'string') list = [Buffer.from(buffer)];
    else if (!isView(buffer)) throw new ERR_INVALID_ARG_TYPE('buffer', kBufferTypes, buffer);
    else list = [buffer];
  } else if (!(list = toBufferList(buffer))) {
    throw new ERR_INVALID_ARG_TYPE('buffer list arguments', kBufferTypes, buffer);
  }

  if (!connected) port = validatePort(port, 'Port', false);
  if (typeof callback !== 'function') callback = undefined;
  if (typeof address === 'function') {
    callback = address;
    address = undefined;
  } else if (address != null) {
    validateString(address, 'address');
  }

  healthCheck(this);
  if (state.bindState === UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (list.length === 0) list.push(new FastBuffer());
  if (state.bindState !== BOUND) {
    enqueue(this, this.send.bind(this, list, port, address, callback));
    return;
  }
  const afterLookup = (ex, ip) => doSend(ex, this, ip, list, address, port, callback);
  if (!connected) state.handle.lookup(address, afterLookup);
  else afterLookup(null, null);
};

function doSend(ex, self, ip, list, address, port, callback) {
  const state = self[kState];
  if (ex) {
    if (callback) process.nextTick(callback, ex);
    else process.nextTick(() => self.emit('error', ex));
    return;
  }
  if (!state.handle) return;
  if (ip && state.sendBlockList?.check(ip, `ipv${isIP(ip)}`)) {
    if (callback) process.nextTick(callback, new ERR_IP_BLOCKED(ip));
    return;
  }
  const req = { list, address, port, callback, oncomplete: afterSend };
  const rc = port ?
    state.handle.send(req, list, list.length, port, ip, !!callback) :
    state.handle.send(req, list, list.length, !!callback);
  if (rc >= 1) {
    if (callback) process.nextTick(callback, null, rc - 1);
    return;
  }
  if (rc && callback) process.nextTick(callback, new ExceptionWithHostPort(rc, 'send', address, port));
}

function afterSend(err, sent) {
  this.callback(err ? new ExceptionWithHostPort(err, 'send', this.address, this.port) : null, sent);
}

Socket.prototype.close = function(callback) {
  const state = this[kState];
  if (typeof callback === 'function') this.on('close', callback);
  if (state.queue !== undefined) {
    state.queue.push(this.close.bind(this));
    return this;
  }
  healthCheck(this);
  stopReceiving(this);
  state.handle.close();
  state.handle = null;
  process.nextTick(() => this.emit('close'));
  return this;
};

Socket.prototype[Symbol.asyncDispose] = async function() {
  if (!this[kState].handle) return;
  await new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
};

function stopReceiving(socket) {
  const state = socket[kState];
  if (!state.receiving) return;
  state.handle.recvStop();
  state.receiving = false;
}

Socket.prototype.address = function() {
  healthCheck(this);
  const out = {};
  const rc = this[kState].handle.getsockname(out);
  if (rc) throw new ErrnoException(rc, 'getsockname');
  return out;
};

Socket.prototype.remoteAddress = function() {
  healthCheck(this);
  const state = this[kState];
  if (state.connectState !== CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
  const out = {};
  const rc = state.handle.getpeername(out);
  if (rc) throw new ErrnoException(rc, 'getpeername');
  return out;
};

Socket.prototype.setBroadcast = function(arg) {
  const rc = this[kState].handle.setBroadcast(arg ? 1 : 0);
  if (rc) throw new ErrnoException(rc, 'setBroadcast');
};

Socket.prototype.setTTL = function(ttl) {
  validateNumber(ttl, 'ttl');
  const rc = this[kState].handle.setTTL(ttl);
  if (rc) throw new ErrnoException(rc, 'setTTL');
  return ttl;
};

Socket.prototype.setMulticastTTL = function(ttl) {
  validateNumber(ttl, 'ttl');
  const rc = this[kState].handle.setMulticastTTL(ttl);
  if (rc) throw new ErrnoException(rc, 'setMulticastTTL');
  return ttl;
};

Socket.prototype.setMulticastLoopback = function(arg) {
  const rc = this[kState].handle.setMulticastLoopback(arg ? 1 : 0);
  if (rc) throw new ErrnoException(rc, 'setMulticastLoopback');
  return arg;
};

Socket.prototype.setMulticastInterface = function(interfaceAddress) {
  healthCheck(this);
  validateString(interfaceAddress, 'interfaceAddress');
  const rc = this[kState].handle.setMulticastInterface(interfaceAddress);
  if (rc) throw new ErrnoException(rc, 'setMulticastInterface');
};

Socket.prototype.addMembership = function(multicastAddress, interfaceAddress) {
  healthCheck(this);
  if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
  const rc = this[kState].handle.addMembership(multicastAddress, interfaceAddress);
  if (rc) throw new ErrnoException(rc, 'addMembership');
};

Socket.prototype.dropMembership = function(multicastAddress, interfaceAddress) {
  healthCheck(this);
  if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
  const rc = this[kState].handle.dropMembership(multicastAddress, interfaceAddress);
  if (rc) throw new ErrnoException(rc, 'dropMembership');
};

Socket.prototype.addSourceSpecificMembership = function(sourceAddress, groupAddress, interfaceAddress) {
  healthCheck(this);
  validateString(sourceAddress, 'sourceAddress');
  validateString(groupAddress, 'groupAddress');
  throw new ErrnoException(-38, 'addSourceSpecificMembership');
};

Socket.prototype.dropSourceSpecificMembership = function(sourceAddress, groupAddress, interfaceAddress) {
  healthCheck(this);
  validateString(sourceAddress, 'sourceAddress');
  validateString(groupAddress, 'groupAddress');
  throw new ErrnoException(-38, 'dropSourceSpecificMembership');
};

Socket.prototype.ref = function() {
  const handle = this[kState].handle;
  if (handle) handle.ref();
  return this;
};

Socket.prototype.unref = function() {
  const handle = this[kState].handle;
  if (handle) handle.unref();
  return this;
};

function bufferSize(self, size, isRecv) {
  if (size >>> 0 !== size) throw new ERR_SOCKET_BAD_BUFFER_SIZE();
  const ret = self[kState].handle.bufferSize(size, isRecv);
  if (ret < 0) {
    const [code, message] = uvErrmapGet(ret) || ['UNKNOWN', 'unknown error'];
    throw new ERR_SOCKET_BUFFER_SIZE({
      errno: ret, code, message, syscall: isRecv ? 'uv_recv_buffer_size' : 'uv_send_buffer_size',
    });
  }
  return ret;
}

Socket.prototype.setRecvBufferSize = function(size) { bufferSize(this, size, true); };
Socket.prototype.setSendBufferSize = function(size) { bufferSize(this, size, false); };
Socket.prototype.getRecvBufferSize = function() { return bufferSize(this, 0, true); };
Socket.prototype.getSendBufferSize = function() { return bufferSize(this, 0, false); };
Socket.prototype.getSendQueueSize = function() { return 0; };
Socket.prototype.getSendQueueCount = function() { return 0; };

module.exports = { _createSocketHandle: undefined, createSocket, Socket };
