'use strict';
// _http_server: http.Server (a net.Server whose connections get a Go parser that consumes the
// socket handle), ServerResponse, and the per-connection state machine of Node's server:
// pipelined responses in order, keep-alive timeouts, clientError answers, upgrade/CONNECT.

const net = require('net');
const EE = require('events');
const {
  parsers, freeParser, continueExpression, chunkExpression, kIncomingMessage, HTTPParser,
  _checkInvalidHeaderChar: checkInvalidHeaderChar, prepareError, parseError, validateHttpValidation, parserLeniency,
  checkInvalidHeaderCharLenient,
  _writeHead: writeHeadNative, _setStatusCodes,
} = require('_http_common');
const {
  OutgoingMessage, kOutHeaders, kNeedDrain, kUniqueHeaders, kHighWaterMark, kRejectNonStandardBodyWrites,
  kFastWritten, parseUniqueHeadersOption, validateHeaderName, validateHeaderValue,
} = require('_http_outgoing');
const {
  IncomingMessage, dumpEnded, kDetachAbortSignal, kFast, kHeadersCount, kVirtual, startVirtual, virtualStep,
  settleVirtual,
} = require('_http_incoming');
const internalNet = require('internal/net');
const { ReadableState } = require('stream').Readable;
const { getDefaultHighWaterMark } = require('internal/streams/state');
const parserBinding = internalBinding('internal/http_parser');
const {
  codes: {
    ERR_HTTP_HEADERS_SENT, ERR_HTTP_INVALID_STATUS_CODE, ERR_HTTP_SOCKET_ASSIGNED,
    ERR_HTTP_SOCKET_ENCODING, ERR_INVALID_ARG_VALUE, ERR_INVALID_CHAR, ERR_OUT_OF_RANGE,
    ERR_HTTP_REQUEST_TIMEOUT, ERR_INVALID_ARG_TYPE,
  },
  ConnResetException,
  ErrnoException,
} = require('internal/errors');
const { validateInteger, validateBoolean, validateObject, validateFunction } = require('internal/validators');

const kServerResponse = Symbol('ServerResponse');
const kConnections = Symbol('http.server.connections');
const kConnectionsCheckingInterval = Symbol('http.server.connectionsCheckingInterval');
const kOnExecute = 'onExecute';
const kOptimizeEmptyRequests = Symbol('OptimizeEmptyRequestsOption');
const noop = () => {};

const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information',
  204: 'No Content', 205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status',
  208: 'Already Reported', 226: 'IM Used', 300: 'Multiple Choices', 301: 'Moved Permanently',
  302: 'Found', 303: 'See Other', 304: 'Not Modified', 305: 'Use Proxy', 307: 'Temporary Redirect',
  308: 'Permanent Redirect', 400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required',
  403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
  407: 'Proxy Authentication Required', 408: 'Request Timeout', 409: 'Conflict', 410: 'Gone',
  411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large', 414: 'URI Too Long',
  415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
  418: 'I\'m a Teapot', 421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked',
  424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required',
  429: 'Too Many Requests', 431: 'Request Header Fields Too Large',
  451: 'Unavailable For Legal Reasons', 500: 'Internal Server Error', 501: 'Not Implemented',
  502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
  505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates', 507: 'Insufficient Storage',
  508: 'Loop Detected', 509: 'Bandwidth Limit Exceeded', 510: 'Not Extended',
  511: 'Network Authentication Required',
};
_setStatusCodes(STATUS_CODES);

function ServerResponse(req, options) {
  OutgoingMessage.call(this, options);
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  this.sendDate = true;
  this._sent100 = false;
  this._expect_continue = false;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = chunkExpression.test(req.headers.te);
    this.shouldKeepAlive = false;
  }
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

ServerResponse.prototype.statusCode = 200;
ServerResponse.prototype.statusMessage = undefined;
// the constructor's fields, for the responses of Go-owned connections (FastConnection)
ServerResponse.prototype.sendDate = true;
ServerResponse.prototype._sent100 = false;
ServerResponse.prototype._expect_continue = false;

ServerResponse.prototype._finish = function _finish() {
  OutgoingMessage.prototype._finish.call(this);
};

function onServerResponseClose() {
  const msg = this._httpMessage;
  if (msg) emitCloseNT(msg);
}

ServerResponse.prototype.assignSocket = function assignSocket(socket) {
  if (socket._httpMessage) throw new ERR_HTTP_SOCKET_ASSIGNED();
  socket._httpMessage = this;
  socket.on('close', onServerResponseClose);
  this.socket = socket;
  this.emit('socket', socket);
  this._flush();
};

ServerResponse.prototype.detachSocket = function detachSocket(socket) {
  socket.removeListener('close', onServerResponseClose);
  socket._httpMessage = null;
  this.socket = null;
};

// writeInformation writes a 1xx head (not 101) with the given headers, before the response's.
ServerResponse.prototype.writeInformation = function writeInformation(statusCode, headers, cb) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('write');
  validateInteger(statusCode, 'statusCode', 100, 199);
  if (statusCode === 101) throw new ERR_HTTP_INVALID_STATUS_CODE(statusCode);
  const statusMessage = STATUS_CODES[statusCode] || 'unknown';
  let head = `HTTP/1.1 ${statusCode} ${statusMessage}\r\n`;
  const lenient = this._isLenientHeaderValidation();
  if (headers !== undefined && headers !== null) {
    if (Array.isArray(headers)) {
      if (headers.length && Array.isArray(headers[0])) {
        for (let i = 0; i < headers.length; i++) {
          const entry = headers[i];
          head += processInformationHeader(entry[0], entry[1], lenient);
        }
      } else {
        if (headers.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', headers);
        for (let i = 0; i < headers.length; i += 2) {
          head += processInformationHeader(headers[i], headers[i + 1], lenient);
        }
      }
    } else {
      validateObject(headers, 'headers');
      const keys = Object.keys(headers);
      for (let i = 0; i < keys.length; i++) head += processInformationHeader(keys[i], headers[keys[i]], lenient);
    }
  }
  head += '\r\n';
  return this._writeRaw(head, 'ascii', cb);
};

function processInformationHeader(name, value, lenient) {
  validateHeaderName(name);
  if (!lenient || typeof value !== 'string' || checkInvalidHeaderCharLenient(value)) validateHeaderValue(name, value);
  return `${name}: ${value}\r\n`;
}

ServerResponse.prototype.writeContinue = function writeContinue(cb) {
  this.writeInformation(100, null, cb);
  this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function writeProcessing(cb) {
  this.writeInformation(102, null, cb);
};

const linkValueRegExp = /^(?:<[^>]*>)(?:\s*;\s*[^;"\s]+(?:=(")?[^;"\s]*\1)?)*$/;
function validateLinkHeaderValue(hints) {
  if (typeof hints === 'string') {
    if (!linkValueRegExp.test(hints)) throw new ERR_INVALID_ARG_VALUE('hints', hints, 'must be an array or string of format "</styles.css>; rel=preload; as=style"');
    return hints;
  }
  if (Array.isArray(hints)) {
    for (const h of hints) {
      if (!linkValueRegExp.test(h)) throw new ERR_INVALID_ARG_VALUE('hints', hints, 'must be an array or string of format "</styles.css>; rel=preload; as=style"');
    }
    return hints.join(', ');
  }
  throw new ERR_INVALID_ARG_VALUE('hints', hints, 'must be an array or string of format "</styles.css>; rel=preload; as=style"');
}

ServerResponse.prototype.writeEarlyHints = function writeEarlyHints(hints, cb) {
  validateObject(hints, 'hints');
  if (hints.link === null || hints.link === undefined) return;
  const link = validateLinkHeaderValue(hints.link);
  if (link.length === 0) return;
  if (checkInvalidHeaderChar(link)) throw new ERR_INVALID_CHAR('header content', 'Link');
  const headers = { __proto__: null, Link: link };
  const keys = Object.keys(hints);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key !== 'link') headers[key] = hints[key];
  }
  this.writeInformation(103, headers, cb);
};

ServerResponse.prototype._implicitHeader = function _implicitHeader() {
  this.writeHead(this.statusCode);
};

const storeHeader = OutgoingMessage.prototype._storeHeader;

ServerResponse.prototype.writeHead = function writeHead(statusCode, reason, obj) {
  // the common cases, plain status and headers given here or set before (not both), in one
  // native call (writeHead in headers.go), unless _storeHeader was replaced
  if (!this._header && this._storeHeader === storeHeader) {
    const out = this[kOutHeaders];
    if (out === null ? writeHeadNative(this, statusCode, reason, obj) === true :
      obj == null && (reason == null || typeof reason === 'string') &&
        writeHeadNative(this, statusCode, reason, undefined, out) === true) {
      return this;
    }
  }
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('write');
  const originalStatusCode = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) throw new ERR_HTTP_INVALID_STATUS_CODE(originalStatusCode);
  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    this.statusMessage ||= STATUS_CODES[statusCode] || 'unknown';
    obj ??= reason;
  }
  this.statusCode = statusCode;
  let headers;
  if (this[kOutHeaders]) {
    let k;
    if (Array.isArray(obj)) {
      if (obj.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', obj);
      for (let n = 0; n < obj.length; n += 2) {
        k = obj[n];
        this.removeHeader(k);
      }
      for (let n = 0; n < obj.length; n += 2) {
        k = obj[n];
        if (k) this.appendHeader(k, obj[n + 1]);
      }
    } else if (obj) {
      const keys = Object.keys(obj);
      for (let i = 0; i < keys.length; i++) {
        k = keys[i];
        if (k) this.setHeader(k, obj[k]);
      }
    }
    headers = this[kOutHeaders];
  } else {
    headers = obj;
  }
  if (checkInvalidHeaderChar(this.statusMessage)) throw new ERR_INVALID_CHAR('statusMessage');
  const statusLine = `HTTP/1.1 ${statusCode} ${this.statusMessage}\r\n`;
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) {
    this._hasBody = false;
  }
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
  this._storeHeader(statusLine, headers);
  return this;
};

ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

function storeHTTPOptions(options) {
  this[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  this[kServerResponse] = options.ServerResponse || ServerResponse;
  const maxHeaderSize = options.maxHeaderSize;
  if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = maxHeaderSize;
  const optimizeEmptyRequests = options.optimizeEmptyRequests;
  if (optimizeEmptyRequests !== undefined) validateBoolean(optimizeEmptyRequests, 'options.optimizeEmptyRequests');
  this[kOptimizeEmptyRequests] = optimizeEmptyRequests || false;
  const insecureHTTPParser = options.insecureHTTPParser;
  if (insecureHTTPParser !== undefined) validateBoolean(insecureHTTPParser, 'options.insecureHTTPParser');
  this.insecureHTTPParser = insecureHTTPParser;
  const httpValidation = options.httpValidation;
  validateHttpValidation(httpValidation, insecureHTTPParser);
  this.httpValidation = httpValidation;
  const shouldUpgradeCallback = options.shouldUpgradeCallback;
  if (shouldUpgradeCallback !== undefined) {
    validateFunction(shouldUpgradeCallback, 'options.shouldUpgradeCallback');
    this.shouldUpgradeCallback = shouldUpgradeCallback;
  } else {
    this.shouldUpgradeCallback = function() {
      return this.listenerCount('upgrade') > 0;
    };
  }
  const requestTimeout = options.requestTimeout;
  if (requestTimeout !== undefined) {
    validateInteger(requestTimeout, 'requestTimeout', 0);
    this.requestTimeout = requestTimeout;
  } else {
    this.requestTimeout = 300_000;
  }
  const headersTimeout = options.headersTimeout;
  if (headersTimeout !== undefined) {
    validateInteger(headersTimeout, 'headersTimeout', 0);
    this.headersTimeout = headersTimeout;
  } else {
    this.headersTimeout = Math.min(60_000, this.requestTimeout);
  }
  if (this.requestTimeout > 0 && this.headersTimeout > 0 && this.headersTimeout > this.requestTimeout) {
    throw new ERR_OUT_OF_RANGE('headersTimeout', '<= requestTimeout', headersTimeout);
  }
  const keepAliveTimeout = options.keepAliveTimeout;
  if (keepAliveTimeout !== undefined) {
    validateInteger(keepAliveTimeout, 'keepAliveTimeout', 0);
    this.keepAliveTimeout = keepAliveTimeout;
  } else {
    this.keepAliveTimeout = 5_000;
  }
  const keepAliveTimeoutBuffer = options.keepAliveTimeoutBuffer;
  if (keepAliveTimeoutBuffer !== undefined) {
    validateInteger(keepAliveTimeoutBuffer, 'keepAliveTimeoutBuffer', 0);
    this.keepAliveTimeoutBuffer = keepAliveTimeoutBuffer;
  } else {
    this.keepAliveTimeoutBuffer = 1000;
  }
  const connectionsCheckingInterval = options.connectionsCheckingInterval;
  if (connectionsCheckingInterval !== undefined) {
    validateInteger(connectionsCheckingInterval, 'connectionsCheckingInterval', 0);
    this.connectionsCheckingInterval = connectionsCheckingInterval;
  } else {
    this.connectionsCheckingInterval = 30_000;
  }
  const requireHostHeader = options.requireHostHeader;
  if (requireHostHeader !== undefined) {
    validateBoolean(requireHostHeader, 'options.requireHostHeader');
    this.requireHostHeader = requireHostHeader;
  } else {
    this.requireHostHeader = true;
  }
  const joinDuplicateHeaders = options.joinDuplicateHeaders;
  if (joinDuplicateHeaders !== undefined) validateBoolean(joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  this.joinDuplicateHeaders = joinDuplicateHeaders;
  const rejectNonStandardBodyWrites = options.rejectNonStandardBodyWrites;
  if (rejectNonStandardBodyWrites !== undefined) {
    validateBoolean(rejectNonStandardBodyWrites, 'options.rejectNonStandardBodyWrites');
    this.rejectNonStandardBodyWrites = rejectNonStandardBodyWrites;
  } else {
    this.rejectNonStandardBodyWrites = false;
  }
}

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  storeHTTPOptions.call(this, options);
  net.Server.call(this, {
    allowHalfOpen: true,
    noDelay: options.noDelay ?? true,
    keepAlive: options.keepAlive,
    keepAliveInitialDelay: options.keepAliveInitialDelay,
    highWaterMark: options.highWaterMark,
  });
  if (requestListener) this.on('request', requestListener);
  this.httpAllowHalfOpen = false;
  this.on('connection', connectionListener);
  this.on('listening', setupConnectionsTracking);
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this[kUniqueHeaders] = parseUniqueHeadersOption(options.uniqueHeaders);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

// ConnectionsList tracks the server's connections for closeIdleConnections and the
// headersTimeout/requestTimeout checks (Node keeps it in C++).
class ConnectionsList {
  constructor() { this.set = new Set(); }
  add(socket) { this.set.add(socket); }
  remove(socket) { this.set.delete(socket); }
  all() { return [...this.set]; }
  idle() {
    const out = [];
    for (const s of this.set) if (!s.parser || !s.parser._active) out.push(s);
    return out;
  }
  expired(headersTimeout, requestTimeout) {
    const out = [];
    for (const s of this.set) {
      const p = s.parser;
      if (!p || p._checkedOut) continue;
      const elapsed = p.timing();
      if (elapsed < 0) continue;
      if ((headersTimeout > 0 && !p.headersDone() && elapsed > headersTimeout) ||
          (requestTimeout > 0 && elapsed > requestTimeout)) {
        out.push(s);
      }
    }
    return out;
  }
}

function setupConnectionsTracking() {
  if (!this[kConnections]) this[kConnections] = new ConnectionsList();
  if (this[kConnectionsCheckingInterval]) clearInterval(this[kConnectionsCheckingInterval]);
  this[kConnectionsCheckingInterval] = setInterval(checkConnections.bind(this), this.connectionsCheckingInterval).unref();
}

function checkConnections() {
  if (this.headersTimeout === 0 && this.requestTimeout === 0) return;
  const expired = this[kConnections].expired(this.headersTimeout, this.requestTimeout);
  for (let socket of expired) {
    if (socket instanceof FastConnection) {
      socket = socket.materializeSocket();
      if (socket === null) continue;
    }
    if (socket.parser) socket.parser._checkedOut = true;
    onRequestTimeout(socket);
  }
}

function onRequestTimeout(socket) {
  socketOnError.call(socket, new ERR_HTTP_REQUEST_TIMEOUT());
}

function httpServerPreClose(server) {
  server.closeIdleConnections();
  clearInterval(server[kConnectionsCheckingInterval]);
}

Server.prototype.close = function close() {
  httpServerPreClose(this);
  net.Server.prototype.close.apply(this, arguments);
  return this;
};

Server.prototype[Symbol.asyncDispose] = async function() {
  await new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
};

Server.prototype.closeAllConnections = function closeAllConnections() {
  if (!this[kConnections]) return;
  for (const socket of this[kConnections].all()) socket.destroy();
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
  if (!this[kConnections]) return;
  for (const socket of this[kConnections].idle()) {
    if (socket._httpMessage && !socket._httpMessage.finished) continue;
    socket.destroy();
  }
};

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

Server.prototype[EE.captureRejectionSymbol] = function(err, event, ...args) {
  switch (event) {
    case 'request': {
      const { 1: res } = args;
      if (!res.headersSent && !res.writableEnded) {
        const names = res.getHeaderNames();
        for (let i = 0; i < names.length; i++) res.removeHeader(names[i]);
        res.statusCode = 500;
        res.end(STATUS_CODES[500]);
      } else {
        res.destroy();
      }
      break;
    }
    default:
      net.Server.prototype[EE.captureRejectionSymbol].apply(this, arguments);
  }
};

function connectionListener(socket) {
  connectionListenerInternal(this, socket);
}

// handedOver is the parser of a connection Go owned until now (FastConnection): it is mid-stream
// and consumes the socket's handle already.
function connectionListenerInternal(server, socket, handedOver) {
  socket.server = server;
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  socket.on('timeout', socketOnTimeout);
  let parser = handedOver;
  if (parser === undefined) {
    parser = parsers.alloc();
    parser.initialize(HTTPParser.REQUEST, server.maxHeaderSize || 0,
                      parserLeniency(server.httpValidation, server.insecureHTTPParser));
  }
  parser.socket = socket;
  socket.parser = parser;
  if (typeof server.maxHeadersCount === 'number') parser.maxHeaderPairs = server.maxHeadersCount << 1;
  const state = {
    server, socket, parser, outgoing: [], incoming: [],
    outgoingData: 0, requestsCount: 0, keepAliveTimeoutSet: false, onPendingData: null,
  };
  // every response of the connection shares one _onPendingData
  state.onPendingData = updateOutgoingData.bind(undefined, socket, state);
  // The socket's and the parser's callbacks are shared by all connections: each finds its
  // connection through the parser (a bound function per connection and callback costs ~1 KB of
  // heap on every idle connection). They carry the names and lengths of Node's bound functions.
  parser[kConnState] = state;
  socket.on('data', sharedSocketOnData);
  socket.on('error', socketOnError);
  socket.on('end', sharedSocketOnEnd);
  socket.on('close', sharedSocketOnClose);
  socket.on('drain', sharedSocketOnDrain);
  parser.onIncoming = sharedParserOnIncoming;
  socket.on('resume', onSocketResume);
  socket.on('pause', onSocketPause);
  socket.on = socketOnWrap;
  socket.addListener = socketAddListenerWrap;
  socket.prependListener = socketPrependListenerWrap;
  socket.setEncoding = socketSetEncoding;
  if (socket._handle && !socket._handle._consumed && parser.consume(socket._handle)) {
    parser._consumed = true;
    socket._handle._consumed = true;
  }
  parser[kOnExecute] = sharedOnParserExecute;
  socket._paused = false;
  parser._active = false;
  server[kConnections]?.add(socket);
}

const kConnState = Symbol('kConnState');

// connState finds the connection of a shared callback: called as a socket listener (this is the
// socket) or as a parser callback (this is the parser).
function connStateOfSocket(socket) {
  const parser = socket.parser;
  return parser ? parser[kConnState] : undefined;
}

function namedAs(fn, name) {
  Object.defineProperty(fn, 'name', { __proto__: null, value: name, configurable: true });
  return fn;
}

// methods, so they have no prototype property, as bound functions have none
const shared = {
  socketOnData(d) {
    const state = connStateOfSocket(this);
    if (state !== undefined) socketOnData(state.server, state.socket, state.parser, state, d);
  },
  socketOnEnd() {
    const state = connStateOfSocket(this);
    if (state !== undefined) socketOnEnd(state.server, state.socket, state.parser, state);
  },
  socketOnClose() {
    const state = connStateOfSocket(this);
    if (state !== undefined) socketOnClose(state.socket, state);
  },
  socketOnDrain() {
    const state = connStateOfSocket(this);
    if (state !== undefined) socketOnDrain(state.socket, state);
  },
  parserOnIncoming(req, keepAlive) {
    const state = this[kConnState];
    return parserOnIncoming(state.server, state.socket, state, req, keepAlive);
  },
  onParserExecute(ret, head) {
    const state = this[kConnState];
    if (state !== undefined) onParserExecute(state.server, state.socket, state.parser, state, ret, head);
  },
};
const sharedSocketOnData = namedAs(shared.socketOnData, 'bound socketOnData');
const sharedSocketOnEnd = namedAs(shared.socketOnEnd, 'bound socketOnEnd');
const sharedSocketOnClose = namedAs(shared.socketOnClose, 'bound socketOnClose');
const sharedSocketOnDrain = namedAs(shared.socketOnDrain, 'bound socketOnDrain');
const sharedParserOnIncoming = namedAs(shared.parserOnIncoming, 'bound parserOnIncoming');
const sharedOnParserExecute = namedAs(shared.onParserExecute, 'bound onParserExecute');

function socketSetEncoding() {
  throw new ERR_HTTP_SOCKET_ENCODING();
}

const socketOnWrap = generateSocketListenerWrapper('on');
const socketAddListenerWrap = generateSocketListenerWrapper('addListener');
const socketPrependListenerWrap = generateSocketListenerWrapper('prependListener');

function generateSocketListenerWrapper(originalFnName) {
  return function socketListenerWrap(ev, fn) {
    const res = net.Socket.prototype[originalFnName].call(this, ev, fn);
    if (!this.parser) {
      this.on = net.Socket.prototype.on;
      this.addListener = net.Socket.prototype.addListener;
      this.prependListener = net.Socket.prototype.prependListener;
      return res;
    }
    if (ev === 'data' || ev === 'readable') unconsume(this.parser, this);
    return res;
  };
}

function unconsume(parser, socket) {
  if (socket._handle) {
    if (parser._consumed) parser.unconsume();
    parser._consumed = false;
    if (socket._handle) socket._handle._consumed = false;
    socket.removeListener('pause', onSocketPause);
    socket.removeListener('resume', onSocketResume);
  }
}

function updateOutgoingData(socket, state, delta) {
  state.outgoingData += delta;
  socketOnDrain(socket, state);
}

function socketOnDrain(socket, state) {
  const needPause = state.outgoingData > socket.writableHighWaterMark;
  if (socket._paused && !needPause) {
    socket._paused = false;
    if (socket.parser) socket.parser.resume();
    socket.resume();
  }
  const msg = socket._httpMessage;
  if (msg && !msg.finished && msg[kNeedDrain]) {
    msg[kNeedDrain] = false;
    msg.emit('drain');
  }
}

function socketOnTimeout() {
  const req = this.parser?.incoming;
  const reqTimeout = req && !req.complete && req.emit('timeout', this);
  const res = this._httpMessage;
  const resTimeout = res && res.emit('timeout', this);
  const serverTimeout = this.server.emit('timeout', this);
  if (!reqTimeout && !resTimeout && !serverTimeout) this.destroy();
}

function socketOnClose(socket, state) {
  socket.server?.[kConnections]?.remove(socket);
  if (socket.parser) socket.parser[kConnState] = undefined;
  freeParser(socket.parser, null, socket, true);
  abortIncoming(state.incoming);
}

function abortIncoming(incoming) {
  while (incoming.length) {
    const req = incoming.shift();
    req.destroy(new ConnResetException('aborted'));
  }
}

function socketOnEnd(server, socket, parser, state) {
  const ret = parser.finish();
  if (ret !== undefined) {
    socketOnError.call(socket, parseError(ret));
  } else if (!server.httpAllowHalfOpen) {
    socket.end();
  } else if (state.outgoing.length) {
    state.outgoing[state.outgoing.length - 1]._last = true;
  } else if (socket._httpMessage) {
    socket._httpMessage._last = true;
  } else {
    socket.end();
  }
}

function socketOnData(server, socket, parser, state, d) {
  const ret = parser.execute(d);
  onParserExecuteCommon(server, socket, parser, state, ret, d);
}

// onParserExecute hears from a consumed parser only when it failed or stopped for an upgrade:
// (errorRecord) or (bytesParsed, head).
function onParserExecute(server, socket, parser, state, ret, head) {
  socket._unrefTimer();
  onParserExecuteCommon(server, socket, parser, state, ret, undefined, head);
}

const badRequestResponse = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
const requestTimeoutResponse = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';
const requestHeaderFieldsTooLargeResponse = 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';
const requestChunkExtensionsTooLargeResponse = 'HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n';

function socketOnError(e) {
  this.removeListener('error', socketOnError);
  if (this.listenerCount('error') === 0) this.on('error', noop);
  if (!this.server.emit('clientError', e, this)) {
    if (this.writable && (!this._httpMessage || !this._httpMessage._headerSent)) {
      let response;
      switch (e.code) {
        case 'HPE_HEADER_OVERFLOW': response = requestHeaderFieldsTooLargeResponse; break;
        case 'HPE_CHUNK_EXTENSIONS_OVERFLOW': response = requestChunkExtensionsTooLargeResponse; break;
        case 'ERR_HTTP_REQUEST_TIMEOUT': response = requestTimeoutResponse; break;
        default: response = badRequestResponse;
      }
      this.write(response);
    }
    this.destroy(e);
  }
}

function onParserExecuteCommon(server, socket, parser, state, ret, d, head) {
  resetSocketTimeout(server, socket, state);
  if (ret !== null && typeof ret === 'object') {
    socketOnError.call(socket, parseError(ret));
    return;
  }
  if (parser.incoming && parser.incoming.upgrade && (head !== undefined || parser.upgraded())) {
    const req = parser.incoming;
    const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    const bytesParsed = ret;
    socket.removeListener('data', sharedSocketOnData);
    socket.removeListener('end', sharedSocketOnEnd);
    socket.removeListener('close', sharedSocketOnClose);
    socket.removeListener('drain', sharedSocketOnDrain);
    socket.removeListener('error', socketOnError);
    socket.removeListener('timeout', socketOnTimeout);
    unconsume(parser, socket);
    socket.server?.[kConnections]?.remove(socket);
    parser[kConnState] = undefined;
    freeParser(parser, req, socket);
    if (server.listenerCount(eventName) > 0) {
      const bodyHead = head !== undefined ? head : d.slice(bytesParsed, d.length);
      socket.readableFlowing = null;
      server.emit(eventName, req, socket, bodyHead);
    } else {
      socket.destroy();
    }
  } else if (parser.incoming && parser.incoming.method === 'PRI') {
    socket.destroy();
  }
  if (socket._paused && socket.parser) socket.parser.pause();
}

function clearIncoming(req) {
  req ||= this;
  const parser = req.socket?.parser;
  if (parser && parser.incoming === req) {
    if (req.readableEnded) parser.incoming = null;
    else req.on('end', clearIncoming);
  }
}

function resOnFinish(req, res, socket, state, server) {
  req[kDetachAbortSignal]();
  state.incoming.shift();
  if (!req._consuming && !req._readableState.resumeScheduled) dumpEnded(req);
  res.detachSocket(socket);
  clearIncoming(req);
  process.nextTick(emitCloseNT, res);
  if (socket.parser && state.incoming.length === 0) socket.parser._active = false;
  if (res._last) {
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  } else if (state.outgoing.length === 0) {
    const keepAliveTimeout = Number.isFinite(server.keepAliveTimeout) && server.keepAliveTimeout >= 0 ?
      server.keepAliveTimeout : 0;
    const keepAliveTimeoutBuffer = Number.isFinite(server.keepAliveTimeoutBuffer) &&
      server.keepAliveTimeoutBuffer >= 0 ? server.keepAliveTimeoutBuffer : 1e3;
    if (keepAliveTimeout && typeof socket.setTimeout === 'function') {
      // the socket outlives the advertised timeout by the buffer, so that a client reusing the
      // connection at the last moment does not meet a reset
      socket.setTimeout(keepAliveTimeout + keepAliveTimeoutBuffer);
      state.keepAliveTimeoutSet = true;
    }
  } else {
    const m = state.outgoing.shift();
    if (m) m.assignSocket(socket);
  }
}

function emitCloseNT(self) {
  if (!self._closed) {
    self.destroyed = true;
    self._closed = true;
    self.emit('close');
  }
}

function parserOnIncoming(server, socket, state, req, keepAlive) {
  resetSocketTimeout(server, socket, state);
  if (req.upgrade) {
    req.upgrade = req.method === 'CONNECT' || !!server.shouldUpgradeCallback(req);
    if (req.upgrade) return 2;
  }
  state.incoming.push(req);
  if (socket.parser) socket.parser._active = true;
  if (!socket._paused) {
    const ws = socket._writableState;
    if (ws.needDrain || state.outgoingData >= socket.writableHighWaterMark) {
      socket._paused = true;
      socket.pause();
    }
  }
  const res = new server[kServerResponse](req, {
    highWaterMark: socket.writableHighWaterMark,
    rejectNonStandardBodyWrites: server.rejectNonStandardBodyWrites,
  });
  res._keepAliveTimeout = server.keepAliveTimeout;
  res._maxRequestsPerSocket = server.maxRequestsPerSocket;
  res._onPendingData = state.onPendingData;
  res.shouldKeepAlive = keepAlive;
  res[kUniqueHeaders] = server[kUniqueHeaders];
  // optimizeEmptyRequests: a request without body headers is dumped and closed at once; it
  // emits no 'data', 'end' or 'close'
  if (server[kOptimizeEmptyRequests] === true && !hasBodyHeaders(req.headers)) {
    req._dumpAndCloseReadable();
    req._read();
  }
  if (socket._httpMessage) state.outgoing.push(res);
  else res.assignSocket(socket);
  res.on('finish', resOnFinish.bind(undefined, req, res, socket, state, server));
  let handled = false;
  if (req.httpVersionMajor === 1 && req.httpVersionMinor === 1) {
    if (server.requireHostHeader && req.headers.host === undefined) {
      res.writeHead(400, ['Connection', 'close']);
      res.end();
      return 0;
    }
    const isRequestsLimitSet = typeof server.maxRequestsPerSocket === 'number' && server.maxRequestsPerSocket > 0;
    if (isRequestsLimitSet) {
      state.requestsCount++;
      res.maxRequestsOnConnectionReached = server.maxRequestsPerSocket <= state.requestsCount;
    }
    if (isRequestsLimitSet && server.maxRequestsPerSocket < state.requestsCount) {
      handled = true;
      server.emit('dropRequest', req, socket);
      res.writeHead(503);
      res.end();
    } else if (req.headers.expect !== undefined) {
      handled = true;
      if (continueExpression.test(req.headers.expect)) {
        res._expect_continue = true;
        if (server.listenerCount('checkContinue') > 0) {
          server.emit('checkContinue', req, res);
        } else {
          res.writeContinue();
          server.emit('request', req, res);
        }
      } else if (server.listenerCount('checkExpectation') > 0) {
        server.emit('checkExpectation', req, res);
      } else {
        res.writeHead(417);
        res.end();
      }
    }
  }
  if (!handled) server.emit('request', req, res);
  return 0;
}

function hasBodyHeaders(headers) {
  return ('content-length' in headers) || ('transfer-encoding' in headers);
}

function resetSocketTimeout(server, socket, state) {
  if (!state.keepAliveTimeoutSet) return;
  socket.setTimeout(server.timeout || 0);
  state.keepAliveTimeoutSet = false;
}

function onSocketResume() {
  if (this._paused) {
    this.pause();
    return;
  }
  if (this._handle && !this._handle.reading) {
    this._handle.reading = true;
    this._handle.readStart();
  }
}

function onSocketPause() {
  if (this._handle && this._handle.reading) {
    this._handle.reading = false;
    this._handle.readStop();
  }
}

// Go-owned connections (docs/design/native-http-server.md). A connection of a server in the
// common configuration gets no net.Socket: Go reads it into its parser and calls the
// FastConnection below once per parsed event, and responses that end in one write leave through
// fastWrite. Requests and responses are the real classes, made with only the fields that differ
// from their prototypes' defaults. The first time a program needs more (req.socket, a streamed
// response, an upgrade, a parse error, a second pipelined request...), materializeSocket makes
// the socket and hands the connection, parser state and all, to the code above, which goes on
// as if it had had the connection from the start.

const kFastBody = 1;
const kFastHost = 2;
const kFastExpect = 4;
const UV_EOF = -4095;
const kFastCompleted = 4;

function FastRequest() {}
FastRequest.prototype = IncomingMessage.prototype;
function FastResponse() {}
FastResponse.prototype = ServerResponse.prototype;

function FastConnection(server, handle) {
  this.server = server;
  this.handle = handle;
}
// the other fields start as these defaults (a connection per request without keep-alive)
const FCP = FastConnection.prototype;
FCP.socket = null;
FCP.req = null; // the request whose body is arriving (the parser's incoming)
FCP.incoming = null; // the request being answered
FCP.current = null; // its response, until it has finished
FCP.reading = true;
FCP.closed = false;
FCP.keepAliveTimeout = 0; // armed in Go while idle after a response
FCP.writing = null; // the response whose write is queued
// the request whose response finished before its end: the parser's incoming until then, as
// clearIncoming keeps it
FCP.lastReq = null;
FCP.closedSocket = null; // what req.socket is once the connection closed without a socket
FCP.bytes = null; // [bytesRead, bytesWritten] when it closed
FCP._checkedOut = false;

// As the socket and its parser for ConnectionsList, closeIdleConnections and checkConnections.
Object.defineProperty(FastConnection.prototype, 'parser', {
  __proto__: null, get() { return this; },
});
Object.defineProperty(FastConnection.prototype, '_active', {
  __proto__: null, get() { return this.incoming !== null; },
});
Object.defineProperty(FastConnection.prototype, '_httpMessage', {
  __proto__: null, get() { return this.current; },
});
FastConnection.prototype.timing = function timing() {
  return parserBinding.fastTiming(this.handle);
};
FastConnection.prototype.headersDone = function headersDone() {
  return parserBinding.fastHeadersDone(this.handle);
};

FastConnection.prototype.destroy = function destroy() {
  if (this.socket !== null) {
    this.socket.destroy();
  } else if (this.incoming === null && this.req === null) {
    this.close();
  } else {
    this.materializeSocket()?.destroy();
  }
};

FastConnection.prototype.readStart = function readStart() {
  if (!this.reading && !this.closed && this.socket === null) {
    this.reading = true;
    this.handle.readStart();
  }
};

FastConnection.prototype.readStop = function readStop() {
  if (this.reading && !this.closed && this.socket === null) {
    this.reading = false;
    this.handle.readStop();
  }
};

// close ends a connection nobody can see: what a socket's destroy does for its server.
FastConnection.prototype.close = function close() {
  if (this.closed || this.socket !== null) return;
  this.closed = true;
  this.bytes = parserBinding.fastBytes(this.handle) ?? null;
  // the socket closes once the responses being written are out (destroySoon)
  parserBinding.fastClose(this.handle);
  const server = this.server;
  server._connections--;
  server[kConnections]?.remove(this);
  server._emitCloseIfDrained();
};

// visibleSocket is what req.socket shows: the socket, made now if needed, or after the connection
// closed without one, a destroyed socket as Node's closed one.
FastConnection.prototype.visibleSocket = function visibleSocket() {
  if (!this.closed || this.socket !== null) return this.materializeSocket();
  if (this.closedSocket === null) {
    const bytes = this.bytes;
    this.closedSocket = internalNet.closedServerSocket(this.server, bytes ? bytes[0] : 0, bytes ? bytes[1] : 0);
  }
  return this.closedSocket;
};

// materializeSocket makes the connection's net.Socket and hands the connection to the JS path.
FastConnection.prototype.materializeSocket = function materializeSocket() {
  if (this.socket !== null) return this.socket;
  if (this.closed) return null;
  const server = this.server;
  const handle = this.handle;
  const parser = parsers.alloc();
  const bytes = parserBinding.fastBytes(handle);
  if (!parserBinding.fastToSlow(handle, parser)) return null;
  const socket = internalNet.serverSocket(server, handle);
  if (bytes !== undefined) {
    handle.bytesRead = bytes[0];
    handle.bytesWritten = bytes[1];
  }
  this.socket = socket;
  const conns = server[kConnections];
  conns?.remove(this);
  connectionListenerInternal(server, socket, parser);
  if (!this.reading) {
    socket._paused = false;
    socket.pause();
  }
  const state = parser[kConnState];
  const req = this.incoming;
  const res = this.current;
  if (req !== null) {
    req.socket = socket;
    req.client = socket;
    state.incoming.push(req);
    parser._active = true;
  }
  if (this.req !== null) {
    if (this.req !== req) {
      this.req.socket = socket;
      this.req.client = socket;
    }
    parser.incoming = this.req;
  } else if (req !== null && !req.readableEnded) {
    parser.incoming = req;
  } else if (this.lastReq !== null) {
    const last = this.lastReq;
    if (last[kVirtual] === undefined) {
      // its 'end' listener (fastClearIncoming) clears it
      parser.incoming = last;
    } else if (!last._readableState.endEmitted) {
      parser.incoming = last;
      last.on('end', clearIncoming);
    }
  }
  if (this.keepAliveTimeout !== 0) {
    socket.setTimeout(this.keepAliveTimeout);
    state.keepAliveTimeoutSet = true;
  }
  if (res !== null) {
    socket._httpMessage = res;
    socket.on('close', onServerResponseClose);
    res.socket = socket;
    res._onPendingData = state.onPendingData;
    res.prependListener('finish', resOnFinish.bind(undefined, req, res, socket, state, server));
  }
  return socket;
};

// the response of the request in flight may write natively while it is the connection's only one
FastConnection.prototype.canWrite = function canWrite(res) {
  return this.current === res && this.socket === null && !this.closed;
};

FastConnection.prototype.write = function write(res, data, latin1) {
  const r = parserBinding.fastWrite(this.handle, data, latin1, fastWriteDone);
  if (r === 0) {
    process.nextTick(fastWritten, this, res, 0);
  } else if (r === 1) {
    this.writing = res;
  } else {
    process.nextTick(fastWritten, this, res, r);
  }
};

// fastWriteDone: a queued (large) write completed (errno 0) or failed, or a response written
// behind failed after it was reported written.
function fastWriteDone(errno) {
  const res = this.writing;
  if (res !== null) {
    this.writing = null;
    fastWritten(this, res, errno);
  } else if (errno !== 0) {
    // the connection is gone, as Node finds it on the next write or read
    this.materializeSocket()?.destroy(new ErrnoException(errno, 'write'));
  }
}

function fastWritten(fc, res, errno) {
  let err = null;
  if (errno !== 0) {
    err = new ErrnoException(errno, 'write');
    fc.materializeSocket()?.destroy(err);
  }
  res[kFastWritten](err);
}

// finished is resOnFinish for the response of a connection Go still owns.
FastConnection.prototype.finished = function finished(res) {
  const req = this.incoming;
  const server = this.server;
  req[kDetachAbortSignal]();
  this.incoming = null;
  this.current = null;
  if (req.complete && res._events === undefined && res.emit === EE.prototype.emit && settleVirtual(req)) {
    // with nothing else queued and nobody listening, the request's ticks and the response's
    // 'close' would run next, with nothing between them: their work is done now
    emitCloseNT(res);
  } else {
    // clearIncoming: a virtual request has not ended yet (its end follows its dump)
    if (req[kVirtual] !== undefined) {
      this.lastReq = req;
    } else if (!req.readableEnded) {
      this.lastReq = req;
      req.on('end', fastClearIncoming);
    }
    virtualStep(req, 'F');
    process.nextTick(emitCloseNT, res);
  }
  if (res._last) {
    this.close();
  } else {
    const keepAliveTimeout = Number.isFinite(server.keepAliveTimeout) && server.keepAliveTimeout >= 0 ?
      server.keepAliveTimeout : 0;
    const keepAliveTimeoutBuffer = Number.isFinite(server.keepAliveTimeoutBuffer) &&
      server.keepAliveTimeoutBuffer >= 0 ? server.keepAliveTimeoutBuffer : 1e3;
    if (keepAliveTimeout) {
      this.keepAliveTimeout = keepAliveTimeout + keepAliveTimeoutBuffer;
      parserBinding.fastIdle(this.handle, this.keepAliveTimeout);
    }
  }
};

// forget: a virtual request's lifecycle has run its course ('end' included), so it is no
// longer the parser's incoming
FastConnection.prototype.forget = function forget(req) {
  if (this.lastReq === req) this.lastReq = null;
};

// fastClearIncoming is clearIncoming for a request of a Go-owned connection.
function fastClearIncoming() {
  const fc = this[kFast];
  if (fc.lastReq !== this) return;
  fc.lastReq = null;
  const parser = fc.socket?.parser;
  if (parser && parser.incoming === this) parser.incoming = null;
}

// fastServer: whether a server's new connection can be Go-owned. Anything that needs the socket
// from the start (a 'connection' listener, a socket timeout, custom classes...) takes the JS path.
function fastServer(server) {
  return server[kIncomingMessage] === IncomingMessage && server[kServerResponse] === ServerResponse &&
    server._events.connection === connectionListener && !server.timeout &&
    parserLeniency(server.httpValidation, server.insecureHTTPParser) === 0 &&
    server.maxHeadersCount === null && !server.maxRequestsPerSocket && !server.pauseOnConnect &&
    !server.httpAllowHalfOpen && !server[kOptimizeEmptyRequests];
}

Server.prototype[internalNet.kAcceptFast] = function acceptFast(handle) {
  if (!fastServer(this) || typeof handle.setNoDelay !== 'function') return false;
  const fc = new FastConnection(this, handle);
  if (!parserBinding.fastAttach(handle, fc, this.maxHeaderSize || 0)) return false;
  // Go's TCP connections have Nagle's algorithm off already (http servers' noDelay default)
  if (this.noDelay === false) handle.setNoDelay(false);
  if (this.keepAlive && handle.setKeepAlive) handle.setKeepAlive(true, this.keepAliveInitialDelay);
  this[kConnections]?.add(fc);
  handle.readStart();
  return true;
};

function fastOnHeaders(method, url, major, minor, rawHeaders, keepAlive, upgrade, flags) {
  const server = this.server;
  if (upgrade || this.incoming !== null || (flags & kFastExpect) !== 0 || method === 'PRI' ||
      (major === 1 && minor === 1 && (flags & kFastHost) === 0 && server.requireHostHeader)) {
    const socket = this.materializeSocket();
    return socket.parser.onHeadersComplete(major, minor, rawHeaders, method, url, undefined, undefined,
                                           upgrade, keepAlive);
  }
  this.keepAliveTimeout = 0;
  this.lastReq = null;
  const req = new FastRequest();
  const hwm = server.highWaterMark;
  const defaultHwm = getDefaultHighWaterMark(false);
  if (hwm === undefined || hwm === defaultHwm) {
    startVirtual(req);
  } else {
    const rs = new ReadableState({ highWaterMark: hwm }, req, false);
    rs.readingMore = true;
    req._readableState = rs;
  }
  req.httpVersionMajor = major;
  req.httpVersionMinor = minor;
  req.httpVersion = major === 1 && minor === 1 ? '1.1' : `${major}.${minor}`;
  if (server.joinDuplicateHeaders) req.joinDuplicateHeaders = true;
  req.url = url;
  req.method = method;
  req.rawHeaders = rawHeaders;
  req[kHeadersCount] = rawHeaders.length;
  req[kFast] = this;
  const res = new FastResponse();
  res.req = req;
  if (method === 'HEAD') res._hasBody = false;
  if (major < 1 || minor < 1) res.useChunkedEncodingByDefault = chunkExpression.test(req.headers.te);
  if (!keepAlive) res.shouldKeepAlive = false;
  res._keepAliveTimeout = server.keepAliveTimeout;
  if (server[kUniqueHeaders] !== null) res[kUniqueHeaders] = server[kUniqueHeaders];
  if (server.rejectNonStandardBodyWrites) res[kRejectNonStandardBodyWrites] = true;
  if (hwm !== undefined && hwm !== res[kHighWaterMark]) res[kHighWaterMark] = hwm;
  res[kFast] = this;
  this.req = req;
  this.incoming = req;
  this.current = res;
  server.emit('request', req, res);
  // a bodiless request is complete with its head: done here rather than in a second call from
  // the parser (kFastCompleted tells it), unless the handler handed the connection over
  if ((flags & kFastBody) === 0 && this.socket === null && this.req === req) {
    fastOnComplete.call(this, undefined);
    return kFastCompleted;
  }
  return 0;
}

function fastOnBody(buf) {
  const req = this.req;
  if (req !== null && !req._dumped && !req.push(buf)) this.readStop();
}

function fastOnComplete(trailers) {
  const req = this.req;
  if (req !== null) {
    this.req = null;
    req.complete = true;
    if (trailers !== undefined && trailers.length) req._addHeaderLines(trailers, trailers.length);
    virtualStep(req, 'C');
  }
  this.readStart();
}

// the peer's end (UV_EOF) or a read error
function fastOnEnd(errno) {
  if (errno === UV_EOF && this.incoming === null && this.req === null && this.timing() < 0) {
    this.close();
    return;
  }
  const socket = this.materializeSocket();
  if (socket !== null) socket._handle.onread(errno, undefined);
}

function fastOnError(record) {
  const socket = this.materializeSocket();
  if (socket !== null) socket.parser[kOnExecute](record);
}

// the keep-alive timeout of an idle connection
function fastOnIdle() {
  if (this.incoming === null && this.req === null && this.server.listenerCount('timeout') === 0) {
    this.close();
    return;
  }
  const socket = this.materializeSocket();
  if (socket !== null) socketOnTimeout.call(socket);
}

parserBinding.setFastCallbacks(fastOnHeaders, fastOnBody, fastOnComplete, fastOnEnd, fastOnError, fastOnIdle);

module.exports = {
  STATUS_CODES,
  Server,
  ServerResponse,
  setupConnectionsTracking,
  storeHTTPOptions,
  _connectionListener: connectionListener,
  kServerResponse,
  kConnections,
};
