'use strict';
// node:_tls_wrap: TLSSocket (a net.Socket over a TLS handle of internal/tls_wrap), tls.Server
// and tls.connect, with Node's event order: 'secure' from the handle, then verification in JS
// ('secureConnect' on clients, 'secureConnection' on servers), errors before the handshake ends
// as 'tlsClientError' on servers.

const net = require('net');
const EventEmitter = require('events');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const common = require('_tls_common');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_MULTIPLE_CALLBACK, ERR_SOCKET_CLOSED, ERR_TLS_HANDSHAKE_TIMEOUT,
    ERR_TLS_INVALID_CONTEXT, ERR_TLS_REQUIRED_SERVER_NAME, ERR_TLS_SNI_FROM_SERVER,
    ERR_TLS_RENEGOTIATION_UNSUPPORTED, ERR_TLS_INVALID_STATE, ERR_INTERNAL_ASSERTION,
  },
  ConnResetException,
} = require('internal/errors');
const { validateBuffer, validateFunction, validateNumber, validateObject, validateString, validateUint32 } =
  require('internal/validators');
const binding = internalBinding('internal/tls_wrap');
binding.setBufferPrototype(FastBuffer.prototype);

const kRes = Symbol('res');
const kTLSHandle = Symbol('tlsHandle');
const kConnectOptions = Symbol('connect-options');
const kErrorEmitted = Symbol('error-emitted');
const kIsVerified = Symbol('verified');
const kPendingSession = Symbol('pendingSession');
const kSNICallback = Symbol('snicallback');
const kHandshakeTimeout = Symbol('handshake-timeout');
const kOwner = Symbol('tlsOwner');
const kVerifyResult = Symbol('verifyResult');
const kTransportClosed = Symbol('transportClosed');
const noop = () => {};

let ipServernameWarned = false;
const { getAllowUnauthorized } = require('internal/tls/options');

function tlsModule() {
  return require('tls');
}

// A handle error from Go is { message, code, library, reason } or { errno } for a connection
// lost during the handshake.
function onhandleerror(d) {
  const owner = this[kOwner];
  if (!owner || owner._hadError) return;
  if (d.errno !== undefined) {
    if (!owner._secureEstablished) {
      if (owner._tlsOptions.isServer) {
        owner.destroy();
      } else {
        onConnectEnd.call(owner);
      }
    } else {
      owner.destroy();
    }
    return;
  }
  const err = common.sslError(d);
  owner._hadError = true;
  if (!owner._secureEstablished) {
    owner._closeAfterHandlingError = true;
    owner.destroy(err);
  } else if (owner._tlsOptions.isServer && owner._rejectUnauthorized &&
             /peer did not return a certificate/.test(err.message)) {
    owner.destroy();
  } else {
    owner._emitTLSError(err);
  }
}

function onhandshakedone() {
  const owner = this[kOwner];
  if (owner) owner._finishInit();
}

function onnewsessionclient(session) {
  const owner = this[kOwner];
  if (!owner) return;
  if (owner[kIsVerified]) owner.emit('session', session);
  else owner[kPendingSession] = session;
}

function onkeylog(line) {
  const owner = this[kOwner];
  if (!owner) return;
  if (owner._tlsOptions.isServer) owner._tlsOptions.server?.emit('keylog', line, owner);
  else owner.emit('keylog', line);
}

function onsni(servername) {
  const owner = this[kOwner];
  const handle = this;
  if (!owner || !servername || !owner._SNICallback) {
    handle.sniDone(null, false);
    return;
  }
  owner.servername = servername;
  let once = false;
  owner._SNICallback(servername, (err, context) => {
    if (once) return owner.destroy(new ERR_MULTIPLE_CALLBACK());
    once = true;
    if (err) {
      owner.destroy(err);
      return;
    }
    if (owner._handle === null) return owner.destroy(new ERR_SOCKET_CLOSED());
    handle.sniDone(context ? (context.context || context) : null, false);
  });
}

// A JS stream under TLS: what crypto/tls writes goes to it, and what it reads comes back.
function onjswrite(data) {
  const owner = this[kOwner];
  const stream = this._parentWrap;
  if (stream && !stream.destroyed && stream.writable) stream.write(data);
  else if (owner) owner.destroy();
}

function onjsshutdown() {
  const stream = this._parentWrap;
  if (stream && !stream.destroyed && stream.writable) stream.end();
}

// Methods of the transport's TCP/Pipe handle that TLSSocket's net.Socket calls on its handle.
function proxyToParent(name) {
  return function(...args) {
    const parent = this._parent;
    if (parent && typeof parent[name] === 'function') return parent[name](...args);
    return 0;
  };
}

function decorateHandle(res) {
  for (const name of ['bind', 'bind6', 'getsockname', 'getpeername', 'setNoDelay', 'setKeepAlive']) {
    res[name] = proxyToParent(name);
  }
  const connect = (method) => function(req, ...args) {
    // the parent completes the connect with itself as the handle; net.Socket wants this one
    const res = this;
    const inner = { __proto__: null };
    inner.oncomplete = (status, handle, r, readable, writable) => {
      req.oncomplete.call(req, status, res, req, readable, writable);
    };
    return this._parent[method](inner, ...args);
  };
  res.connect = connect('connect');
  res.connect6 = connect('connect6');
  const close = res.close;
  res.close = function(cb) {
    close.call(this);
    const done = () => { if (typeof cb === 'function') cb(); };
    const wrap = this._parentWrap;
    if (wrap && wrap !== this[kOwner]) {
      // the socket or stream under TLS goes with it
      if (wrap.destroyed) {
        process.nextTick(done);
      } else {
        wrap.once('close', done);
        wrap.destroy();
      }
      return;
    }
    if (this._parent) this._parent.close(done);
    else process.nextTick(done);
  };
  res.reset = function(cb) {
    return this.close(cb), 0;
  };
  res.onhandshakedone = onhandshakedone;
  res.onerror = onhandleerror;
  res.onnewsession = onnewsessionclient;
  res.onkeylog = onkeylog;
  res.onsni = onsni;
  res.onverify = onverify;
  res.onjswrite = onjswrite;
  res.onjsshutdown = onjsshutdown;
}

function TLSSocket(socket, opts) {
  if (!(this instanceof TLSSocket)) return new TLSSocket(socket, opts);
  const tlsOptions = { ...opts };
  if (tlsOptions.ALPNProtocols) tlsOptions.ALPNList = toALPNList(tlsOptions.ALPNProtocols);

  this._tlsOptions = tlsOptions;
  this._secureEstablished = false;
  this._securePending = false;
  this._newSessionPending = false;
  this._controlReleased = false;
  this.secureConnecting = true;
  this._SNICallback = null;
  this.servername = null;
  this.alpnProtocol = null;
  this.authorized = false;
  this.authorizationError = null;
  this[kRes] = null;
  this[kIsVerified] = false;
  this[kPendingSession] = null;

  let wrap;
  let handle;
  if (socket) {
    if (socket instanceof net.Socket && socket._handle) {
      wrap = socket;
      handle = socket._handle;
    } else {
      wrap = socket;
      handle = null;
    }
  }
  this.encrypted = true;
  net.Socket.call(this, {
    handle: this._wrapHandle(wrap, handle, !socket),
    allowHalfOpen: socket ? socket.allowHalfOpen : tlsOptions.allowHalfOpen,
    pauseOnCreate: tlsOptions.pauseOnConnect,
    manualStart: true,
    highWaterMark: tlsOptions.highWaterMark,
    signal: tlsOptions.signal,
  });
  this.ssl = this._handle;
  this.on('error', this._tlsError);
  this._init(socket, wrap);
  process.nextTick(initRead, this, socket);
}
Object.setPrototypeOf(TLSSocket.prototype, net.Socket.prototype);
Object.setPrototypeOf(TLSSocket, net.Socket);

// net.Socket replaces its handle when a connection attempt to one of several addresses fails;
// a new TCP handle then gets a TLS handle over it, as Node's kReinitializeHandle does.
Object.defineProperty(TLSSocket.prototype, '_handle', {
  __proto__: null,
  configurable: true,
  get() { return this[kTLSHandle] ?? null; },
  set(v) {
    if (v && this[kRes] && v !== this[kRes] && Object.getPrototypeOf(v) !== binding.TLSWrap) {
      v = this._wrapHandle(null, v, false);
      this._initHandle();
    }
    this[kTLSHandle] = v;
  },
});

TLSSocket.prototype._wrapHandle = function(wrap, handle, own) {
  const options = this._tlsOptions;
  if (!handle && own) {
    const { TCP, Pipe } = internalBinding('internal/tcp_wrap');
    handle = options.pipe ? new Pipe(0) : new TCP(0);
  }
  const context = options.secureContext || options.credentials || tlsModule().createSecureContext(options);
  if (!(context.context && typeof context.context.setKey === 'function')) {
    throw new ERR_TLS_INVALID_CONTEXT('context');
  }
  const res = binding.wrap(handle || null, context.context, !!options.isServer);
  res._parent = handle || null;
  res._parentWrap = wrap || null;
  res._secureContext = context;
  res[kOwner] = this;
  decorateHandle(res);
  this[kRes] = res;
  if (wrap && !this[kRes]._wrapCloseHooked) {
    res._wrapCloseHooked = true;
    if (wrap instanceof net.Socket) {
      wrap.on('close', () => this.destroy());
    } else {
      wrap.on('data', (chunk) => {
        if (this[kRes] === res) res.feed(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      });
      wrap.on('end', () => { if (this[kRes] === res) res.feedEnd(); });
      wrap.on('close', () => {
        if (this[kRes] !== res) return;
        res.feedEnd();
        // what TLS still holds is delivered first; the socket closes after its 'end'
        this[kTransportClosed] = true;
        if (this.readableEnded) this.destroy();
      });
      this.on('end', () => { if (this[kTransportClosed]) this.destroy(); });
      wrap.on('error', (err) => this.destroy(err));
    }
  }
  return res;
};

TLSSocket.prototype._initHandle = function() {
  const ssl = this[kRes];
  const options = this._tlsOptions;
  if (options.isServer) {
    ssl.setVerifyMode(!!options.requestCert, !!options.rejectUnauthorized);
  } else if (options.session) {
    ssl.setSession(options.session);
  }
  if (options.ALPNList) ssl.setALPNProtocols(options.ALPNList);
  if (this._pendingServername) ssl.setServername(this._pendingServername);
  if (this._SNICallback) ssl.enableSNI();
  if (this._keylogEnabled) ssl.enableKeylog();
};

TLSSocket.prototype._init = function(socket, wrap) {
  const options = this._tlsOptions;
  const ssl = this._handle;
  this.server = options.server;
  if (options.isServer) {
    this._requestCert = !!options.requestCert;
    this._rejectUnauthorized = !!options.rejectUnauthorized;
    if (options.SNICallback) this._SNICallback = options.SNICallback;
    if (options.server && options.server.listenerCount('keylog') > 0) this._keylogEnabled = true;
    if (options.handshakeTimeout > 0) this.setTimeout(options.handshakeTimeout, this._handleTimeout);
  } else {
    this.on('newListener', keylogNewListener);
  }
  this._initHandle();
  if (socket instanceof net.Socket) {
    this._parent = socket;
    // the raw socket reads no more; its data now arrive decrypted here
    socket.on('error', (err) => this.destroy(err));
  }
  if (!ssl) return;
};

function keylogNewListener(event) {
  if (event !== 'keylog') return;
  this._keylogEnabled = true;
  if (this[kRes]) this[kRes].enableKeylog();
  this.removeListener('newListener', keylogNewListener);
}

function initRead(tlsSocket, socket) {
  if (!tlsSocket._handle) return;
  if (tlsSocket._tlsOptions.isServer) tlsSocket._handle.start();
  if (socket && !(socket instanceof net.Socket && socket._handle === tlsSocket._handle._parent) && socket.readableLength) {
    let buf;
    while ((buf = socket.read()) !== null) tlsSocket._handle.feed(buf);
  }
  tlsSocket.read(0);
}

TLSSocket.prototype._start = function() {
  if (this.connecting) {
    this.once('connect', () => this._start());
    return;
  }
  if (!this._handle) return;
  if (this._parent?.connecting) {
    this._parent.once('connect', () => this._start());
    return;
  }
  this._handle.start();
};

TLSSocket.prototype._finishInit = function() {
  if (!this._handle) return;
  this.alpnProtocol = this._handle.getALPNNegotiatedProtocol();
  if (this.servername === null) this.servername = this._handle.getServername();
  this._secureEstablished = true;
  if (this._tlsOptions.handshakeTimeout > 0) this.setTimeout(0, this._handleTimeout);
  this.emit('secure');
};

TLSSocket.prototype._handleTimeout = function() {
  this._emitTLSError(new ERR_TLS_HANDSHAKE_TIMEOUT());
};

TLSSocket.prototype._emitTLSError = function(err) {
  const e = this._tlsError(err);
  if (e) this.emit('error', e);
};

TLSSocket.prototype._tlsError = function(err) {
  this.emit('_tlsError', err);
  if (this._controlReleased) return err;
  return null;
};

TLSSocket.prototype._releaseControl = function() {
  if (this._controlReleased) return false;
  this._controlReleased = true;
  this.removeListener('error', this._tlsError);
  return true;
};

TLSSocket.prototype.setServername = function(name) {
  validateString(name, 'name');
  if (this._tlsOptions.isServer) throw new ERR_TLS_SNI_FROM_SERVER();
  this._pendingServername = name;
  if (this._handle) this._handle.setServername(name);
};

TLSSocket.prototype.setSession = function(session) {
  if (typeof session === 'string') session = Buffer.from(session, 'latin1');
  if (this._handle) this._handle.setSession(session);
};

TLSSocket.prototype.getPeerCertificate = function(detailed) {
  if (this._handle) return this._handle.getPeerCertificate(detailed) || {};
  return null;
};

TLSSocket.prototype.getCertificate = function() {
  if (this._handle) return this._handle.getCertificate() || {};
  return null;
};

TLSSocket.prototype.getPeerX509Certificate = function() {
  const chain = this._handle?.getPeerX509Chain?.();
  return chain ? require('internal/crypto/x509').fromDERChain(chain) : undefined;
};

TLSSocket.prototype.getX509Certificate = function() {
  const der = this._handle?.getX509Certificate?.();
  return der ? require('internal/crypto/x509').fromDERChain([der]) : undefined;
};

TLSSocket.prototype.getSession = function() {
  if (this._handle) return this._handle.getSession();
  return null;
};

TLSSocket.prototype.isSessionReused = function() {
  if (this._handle) return this._handle.isSessionReused();
  return null;
};

TLSSocket.prototype.getProtocol = function() {
  if (this._handle) return this._handle.getProtocol();
  return null;
};

TLSSocket.prototype.getCipher = function() {
  if (this._handle) return this._handle.getCipher();
  return null;
};

TLSSocket.prototype.getSharedSigalgs = function() {
  if (!this._handle) throw new ERR_SOCKET_CLOSED();
  return [];
};

TLSSocket.prototype.getEphemeralKeyInfo = function() {
  if (this._handle) return this._tlsOptions.isServer ? null : {};
  return null;
};

TLSSocket.prototype.getFinished = function() {
  return undefined;
};

TLSSocket.prototype.getPeerFinished = function() {
  return undefined;
};

TLSSocket.prototype.getTLSTicket = function() {
  return undefined;
};

TLSSocket.prototype.exportKeyingMaterial = function(length, label, context) {
  validateUint32(length, 'length', true);
  validateString(label, 'label');
  if (context !== undefined) validateBuffer(context, 'context');
  if (!this._secureEstablished) throw new ERR_TLS_INVALID_STATE();
  return this._handle.exportKeyingMaterial(length, label, context);
};

TLSSocket.prototype.renegotiate = function(options, callback) {
  validateObject(options, 'options');
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (this.destroyed) return false;
  const err = new ERR_TLS_RENEGOTIATION_UNSUPPORTED();
  if (callback) process.nextTick(callback, err);
  return false;
};

TLSSocket.prototype.setMaxSendFragment = function(size) {
  validateNumber(size, 'size');
  return this._handle != null && size >= 512 && size <= 16384;
};

TLSSocket.prototype.disableRenegotiation = function() {
  this._disableRenegotiation = true;
};

TLSSocket.prototype.enableTrace = function() {};

TLSSocket.prototype.setKeyCert = function(context) {
  if (!common.isSecureContext(context)) context = tlsModule().createSecureContext(context);
};

Object.defineProperty(TLSSocket.prototype, 'getPeerX509Certificate', { __proto__: null, enumerable: false });

// ---- client ----

// clientVerifyError is the client's verdict on the server: the chain, then the name.
function clientVerifyError(sock) {
  const options = sock[kConnectOptions];
  let verifyError = sock._handle.verifyError();
  if (verifyError) {
    const e = new Error(verifyError.message);
    e.code = verifyError.code;
    verifyError = e;
  }
  if (!verifyError && !sock.isSessionReused()) {
    const hostname = options.servername || options.host || options.socket?._host || 'localhost';
    const cert = sock.getPeerCertificate(true);
    verifyError = options.checkServerIdentity(hostname, cert);
  }
  return verifyError;
}

// onverify runs during a TLS 1.3 handshake, before the client's Finished is sent.
function onverify() {
  const owner = this[kOwner];
  if (!owner || !owner[kConnectOptions]) {
    this.verifyDone(true);
    return;
  }
  const verifyError = clientVerifyError(owner);
  owner[kVerifyResult] = verifyError || null;
  if (verifyError && owner[kConnectOptions].rejectUnauthorized) {
    owner.authorized = false;
    owner.authorizationError = verifyError.code || verifyError.message;
    owner.destroy(verifyError); // closing the handle answers the handshake
    return;
  }
  this.verifyDone(true);
}

function onConnectSecure() {
  const options = this[kConnectOptions];
  let verifyError;
  if (this[kVerifyResult] !== undefined) {
    verifyError = this[kVerifyResult];
  } else {
    verifyError = clientVerifyError(this);
  }
  if (verifyError) {
    this.authorized = false;
    this.authorizationError = verifyError.code || verifyError.message;
    if (options.rejectUnauthorized === false) this.rejectUnauthorized = false;
    if (options.rejectUnauthorized) {
      this.destroy(verifyError);
      return;
    }
    this.secureConnecting = false;
    this.emit('secureConnect');
  } else {
    this.authorized = true;
    this.secureConnecting = false;
    this.emit('secureConnect');
  }
  this[kIsVerified] = true;
  const session = this[kPendingSession];
  this[kPendingSession] = null;
  if (session) this.emit('session', session);
  this.removeListener('end', onConnectEnd);
}

function onConnectEnd() {
  if (!this._hadError) {
    const options = this[kConnectOptions] || {};
    this._hadError = true;
    const error = new ConnResetException('Client network socket disconnected before secure TLS connection was established');
    error.path = options.path;
    error.host = options.host;
    error.port = options.port;
    error.localAddress = options.localAddress;
    this.destroy(error);
  }
}

function normalizeConnectArgs(listArgs) {
  const args = net._normalizeArgs(listArgs);
  const options = args[0];
  const cb = args[1];
  if (listArgs[1] !== null && typeof listArgs[1] === 'object') {
    Object.assign(options, listArgs[1]);
  } else if (listArgs[2] !== null && typeof listArgs[2] === 'object') {
    Object.assign(options, listArgs[2]);
  }
  return cb ? [options, cb] : [options];
}

function connect(...args) {
  args = normalizeConnectArgs(args);
  let options = args[0];
  const cb = args[1];
  const tls = tlsModule();
  const allowUnauthorized = getAllowUnauthorized();
  options = {
    rejectUnauthorized: !allowUnauthorized,
    ciphers: tls.DEFAULT_CIPHERS,
    checkServerIdentity: tls.checkServerIdentity,
    minDHSize: 1024,
    ...options,
  };
  if (!options.keepAlive) options.singleUse = true;
  validateFunction(options.checkServerIdentity, 'options.checkServerIdentity');
  validateNumber(options.minDHSize, 'options.minDHSize', 1);
  const context = options.secureContext || tls.createSecureContext(options);
  const tlssock = new TLSSocket(options.socket, {
    allowHalfOpen: options.allowHalfOpen,
    pipe: !!options.path,
    secureContext: context,
    isServer: false,
    requestCert: true,
    rejectUnauthorized: options.rejectUnauthorized !== false,
    session: options.session,
    ALPNProtocols: options.ALPNProtocols,
    highWaterMark: options.highWaterMark,
    signal: options.signal,
  });
  tlssock[kConnectOptions] = options;
  if (cb) tlssock.once('secureConnect', cb);
  if (!options.socket) {
    if (options.timeout) tlssock.setTimeout(options.timeout);
    tlssock.connect(options, tlssock._start);
  }
  tlssock._releaseControl();
  if (options.session) tlssock.setSession(options.session);
  if (options.servername) {
    if (!ipServernameWarned && net.isIP(options.servername)) {
      process.emitWarning('Setting the TLS ServerName to an IP address is not permitted by RFC 6066. ' +
        'This will be ignored in a future version.', 'DeprecationWarning', 'DEP0123');
      ipServernameWarned = true;
    }
    tlssock.setServername(options.servername);
  }
  if (options.socket) tlssock._start();
  tlssock.on('secure', onConnectSecure);
  tlssock.prependListener('end', onConnectEnd);
  return tlssock;
}

// ---- server ----

function onServerSocketSecure() {
  if (this._requestCert) {
    const verifyError = this._handle.verifyError();
    if (verifyError) {
      this.authorizationError = verifyError.code;
      if (this._rejectUnauthorized) this.destroy();
    } else {
      this.authorized = true;
    }
  }
  if (!this.destroyed && this._releaseControl()) {
    this.secureConnecting = false;
    this._tlsOptions.server.emit('secureConnection', this);
  }
}

function onSocketTLSError(err) {
  if (!this._controlReleased && !this[kErrorEmitted]) {
    this[kErrorEmitted] = true;
    this._tlsOptions.server.emit('tlsClientError', err, this);
  }
}

function onSocketClose(err) {
  if (err) return;
  if (!this._controlReleased && !this[kErrorEmitted]) {
    this[kErrorEmitted] = true;
    const connReset = new ConnResetException('socket hang up');
    this._tlsOptions.server.emit('tlsClientError', connReset, this);
  }
}

function tlsConnectionListener(rawSocket) {
  const socket = new TLSSocket(rawSocket, {
    secureContext: this._sharedCreds,
    isServer: true,
    server: this,
    requestCert: this.requestCert,
    rejectUnauthorized: this.rejectUnauthorized,
    handshakeTimeout: this[kHandshakeTimeout],
    ALPNProtocols: this.ALPNProtocols,
    SNICallback: this[kSNICallback] || SNICallback,
    pauseOnConnect: this.pauseOnConnect,
    highWaterMark: this.highWaterMark,
  });
  // the TLS socket counts as the server's connection, as Node's does (it wraps the raw one's
  // handle): its destroy queues its error, with 'tlsClientError', before the server's 'close'
  if (rawSocket._server === this) {
    socket._server = this;
    rawSocket._server = null;
  }
  socket.on('secure', onServerSocketSecure);
  socket[kErrorEmitted] = false;
  socket.on('close', onSocketClose);
  socket.on('_tlsError', onSocketTLSError);
}

function SNICallback(servername, callback) {
  const contexts = this.server._contexts;
  for (let i = contexts.length - 1; i >= 0; --i) {
    const elem = contexts[i];
    if (elem[0].test(servername)) {
      callback(null, elem[1]);
      return;
    }
  }
  callback(null, undefined);
}

function toALPNList(protocols) {
  if (Array.isArray(protocols)) {
    return protocols.map((p) => {
      if (typeof p === 'string') return p;
      if (ArrayBuffer.isView(p)) return Buffer.from(p.buffer, p.byteOffset, p.byteLength).toString('latin1');
      throw new ERR_INVALID_ARG_TYPE('options.ALPNProtocols', ['string[]', 'Buffer', 'TypedArray', 'DataView'], protocols);
    });
  }
  if (ArrayBuffer.isView(protocols)) {
    // the wire format: length-prefixed names
    const b = Buffer.from(protocols.buffer, protocols.byteOffset, protocols.byteLength);
    const out = [];
    for (let i = 0; i < b.length;) {
      const n = b[i];
      out.push(b.toString('latin1', i + 1, i + 1 + n));
      i += n + 1;
    }
    return out;
  }
  throw new ERR_INVALID_ARG_TYPE('options.ALPNProtocols', ['string[]', 'Buffer', 'TypedArray', 'DataView'], protocols);
}

function Server(options, listener) {
  if (!(this instanceof Server)) return new Server(options, listener);
  if (typeof options === 'function') {
    listener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options ??= {};
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  this._contexts = [];
  this.requestCert = options.requestCert === true;
  this.rejectUnauthorized = options.rejectUnauthorized !== false;
  if (options.SNICallback !== undefined) validateFunction(options.SNICallback, 'options.SNICallback');
  this[kSNICallback] = options.SNICallback;
  if (options.ALPNProtocols) tlsModule().convertALPNProtocols(options.ALPNProtocols, this);
  this.setSecureContext(options);
  this[kHandshakeTimeout] = options.handshakeTimeout || (120 * 1000);
  validateNumber(this[kHandshakeTimeout], 'options.handshakeTimeout');
  net.Server.call(this, options, tlsConnectionListener);
  if (listener) this.on('secureConnection', listener);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

Server.prototype.setSecureContext = function(options) {
  validateObject(options, 'options');
  this.key = options.key;
  this.cert = options.cert;
  this.ca = options.ca;
  this.passphrase = options.passphrase;
  this.ciphers = options.ciphers;
  this.minVersion = options.minVersion;
  this.maxVersion = options.maxVersion;
  this.secureProtocol = options.secureProtocol;
  this.sessionTimeout = options.sessionTimeout;
  this.ticketKeys = options.ticketKeys;
  this._sharedCreds = tlsModule().createSecureContext({
    key: this.key, cert: this.cert, ca: this.ca, passphrase: this.passphrase, ciphers: this.ciphers,
    minVersion: this.minVersion, maxVersion: this.maxVersion, secureProtocol: this.secureProtocol,
    sessionTimeout: this.sessionTimeout, ticketKeys: this.ticketKeys, pfx: options.pfx,
    sigalgs: options.sigalgs, ecdhCurve: options.ecdhCurve,
  });
};

Server.prototype.addContext = function(servername, context) {
  if (!servername) throw new ERR_TLS_REQUIRED_SERVER_NAME();
  const escaped = servername.replace(/([.^$+?\-\\[\]{}])/g, '\\$1').replaceAll('*', '[^.]*');
  const re = new RegExp(`^${escaped}$`);
  const secureContext = context instanceof common.SecureContext ? context : tlsModule().createSecureContext(context);
  this._contexts.push([re, secureContext.context]);
};

Server.prototype.getTicketKeys = function() {
  return this._sharedCreds.context.getTicketKeys();
};

Server.prototype.setTicketKeys = function(keys) {
  validateBuffer(keys);
  if (keys.byteLength !== 48) throw new ERR_INTERNAL_ASSERTION('Session ticket keys must be a 48-byte buffer');
  this._sharedCreds.context.setTicketKeys(keys);
};

Server.prototype[EventEmitter.captureRejectionSymbol] = function(err, event, sock) {
  if (event === 'secureConnection') sock.destroy(err);
  else net.Server.prototype[EventEmitter.captureRejectionSymbol].call(this, err, event, sock);
};

function createServer(options, listener) {
  return new Server(options, listener);
}

module.exports = {
  TLSSocket,
  Server,
  createServer,
  connect,
};
