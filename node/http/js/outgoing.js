'use strict';
// _http_outgoing: OutgoingMessage, the common part of ServerResponse and ClientRequest: header
// storage and validation, the head (_storeHeader chooses Content-Length, chunked or
// close-delimited as Node does), and the write/end path onto the socket.

const EE = require('events');
const Stream = require('stream');
const { Buffer } = require('buffer');
const isUint8Array = (v) => v instanceof Uint8Array;
const { validateString } = require('internal/validators');
const {
  _checkIsHttpToken: checkIsHttpToken, _checkInvalidHeaderChar: checkInvalidHeaderChar, checkInvalidHeaderCharLenient,
  _storeHeaders: storeHeadersNative, _storeFlags: storeFlags, chunkExpression: RE_TE_CHUNKED,
} = require('_http_common');
const {
  codes: {
    ERR_HTTP_BODY_NOT_ALLOWED, ERR_HTTP_CONTENT_LENGTH_MISMATCH, ERR_HTTP_HEADERS_SENT,
    ERR_HTTP_INVALID_HEADER_VALUE, ERR_HTTP_TRAILER_INVALID, ERR_INVALID_HTTP_TOKEN,
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_CHAR, ERR_METHOD_NOT_IMPLEMENTED,
    ERR_STREAM_CANNOT_PIPE, ERR_STREAM_ALREADY_FINISHED, ERR_STREAM_WRITE_AFTER_END,
    ERR_STREAM_NULL_VALUES, ERR_STREAM_DESTROYED,
  },
  hideStackFrames,
} = require('internal/errors');

let net;
let isLenient;
let writeString = null;
const kCorked = Symbol('corked');
const kSocket = Symbol('kSocket');
const kChunkedBuffer = Symbol('kChunkedBuffer');
const kChunkedLength = Symbol('kChunkedLength');
const kUniqueHeaders = Symbol('kUniqueHeaders');
const kBytesWritten = Symbol('kBytesWritten');
const kErrored = Symbol('errored');
const kWritableFinished = Symbol('kWritableFinished');
const kEndCallbacks = Symbol('kEndCallbacks');
const kFlushError = Symbol('kFlushError');
const kHighWaterMark = Symbol('kHighWaterMark');
const kRejectNonStandardBodyWrites = Symbol('kRejectNonStandardBodyWrites');
const kNeedDrain = Symbol('kNeedDrain');
const kOutHeaders = Symbol('kOutHeaders');
const kFastWritten = Symbol('kFastWritten');
const { kFast } = require('_http_incoming');

const nop = () => {};
const RE_CONN_CLOSE = /(?:^|\W)close(?:$|\W)/i;
const crlf_buf = Buffer.from('\r\n');

let utcCache;
function utcDate() {
  if (!utcCache) {
    const d = new Date();
    utcCache = d.toUTCString();
    setTimeout(resetCache, 1000 - d.getMilliseconds()).unref();
  }
  return utcCache;
}
function resetCache() { utcCache = undefined; }

function isCookieField(s) {
  return s.length === 6 && s.toLowerCase() === 'cookie';
}

function isContentDispositionField(s) {
  return s.length === 19 && s.toLowerCase() === 'content-disposition';
}

function OutgoingMessage(options) {
  Stream.call(this);
  this.outputData = [];
  this.outputSize = 0;
  this.writable = true;
  this.destroyed = false;
  this._last = false;
  this.chunkedEncoding = false;
  this.shouldKeepAlive = true;
  this.maxRequestsOnConnectionReached = false;
  this._defaultKeepAlive = true;
  this.useChunkedEncodingByDefault = true;
  this.sendDate = false;
  this._removedConnection = false;
  this._removedContLen = false;
  this._removedTE = false;
  this.strictContentLength = false;
  this[kBytesWritten] = 0;
  this._contentLength = null;
  this._hasBody = true;
  this._trailer = '';
  this[kNeedDrain] = false;
  this.finished = false;
  this._headerSent = false;
  this[kCorked] = 0;
  this[kChunkedBuffer] = [];
  this[kChunkedLength] = 0;
  this._closed = false;
  this[kSocket] = null;
  this._header = null;
  this[kOutHeaders] = null;
  this._keepAliveTimeout = 0;
  this._onPendingData = nop;
  this[kErrored] = null;
  this[kWritableFinished] = false;
  this[kEndCallbacks] = null;
  this[kFlushError] = null;
  this[kHighWaterMark] = options?.highWaterMark ?? Stream.getDefaultHighWaterMark(false);
  this[kRejectNonStandardBodyWrites] = options?.rejectNonStandardBodyWrites ?? false;
}
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

// The constructor's fields as defaults: a response of a Go-owned server connection is made with
// only those that differ (FastConnection in _http_server). The arrays are made on first use.
const OMP = OutgoingMessage.prototype;
OMP.outputSize = 0;
OMP.writable = true;
OMP.destroyed = false;
OMP._last = false;
OMP.chunkedEncoding = false;
OMP.shouldKeepAlive = true;
OMP.maxRequestsOnConnectionReached = false;
OMP._defaultKeepAlive = true;
OMP.useChunkedEncodingByDefault = true;
OMP.sendDate = false;
OMP._removedConnection = false;
OMP._removedContLen = false;
OMP._removedTE = false;
OMP.strictContentLength = false;
OMP[kBytesWritten] = 0;
OMP._contentLength = null;
OMP._hasBody = true;
OMP._trailer = '';
OMP[kNeedDrain] = false;
OMP.finished = false;
OMP._headerSent = false;
OMP[kCorked] = 0;
OMP[kChunkedLength] = 0;
OMP._closed = false;
OMP[kSocket] = null;
OMP._header = null;
OMP[kOutHeaders] = null;
OMP._keepAliveTimeout = 0;
OMP._onPendingData = nop;
OMP[kErrored] = null;
OMP[kWritableFinished] = false;
OMP[kEndCallbacks] = null;
OMP[kFlushError] = null;
OMP[kHighWaterMark] = Stream.getDefaultHighWaterMark(false);
OMP[kRejectNonStandardBodyWrites] = false;
for (const key of ['outputData', kChunkedBuffer]) {
  Object.defineProperty(OMP, key, {
    __proto__: null,
    configurable: true,
    get() {
      const list = [];
      Object.defineProperty(this, key, { __proto__: null, value: list, writable: true, enumerable: true, configurable: true });
      return list;
    },
    set(val) {
      Object.defineProperty(this, key, { __proto__: null, value: val, writable: true, enumerable: true, configurable: true });
    },
  });
}

function getter(name, get, set) {
  Object.defineProperty(OutgoingMessage.prototype, name, { __proto__: null, configurable: true, get, set });
}
getter('errored', function() { return this[kErrored]; });
getter('closed', function() { return this._closed; });
getter('writableFinished', function() { return this[kWritableFinished]; });
getter('writableObjectMode', function() { return false; });
getter('writableLength', function() {
  return this.outputSize + this[kChunkedLength] + (this[kSocket] ? this[kSocket].writableLength : 0);
});
getter('writableHighWaterMark', function() {
  return this[kSocket] ? this[kSocket].writableHighWaterMark : this[kHighWaterMark];
});
getter('writableCorked', function() { return this[kSocket] ? this[kSocket].writableCorked : this[kCorked]; });
getter('writableEnded', function() { return this.finished; });
getter('writableNeedDrain', function() { return !this.destroyed && !this.finished && this[kNeedDrain]; });
// the socket of a Go-owned connection's response is made when read while the response is the
// connection's (FastConnection in _http_server); after it finished, it has none, as in Node
function socketOf(msg) {
  const socket = msg[kSocket];
  if (socket !== null) return socket;
  const fc = msg[kFast];
  if (fc === undefined || !fc.canWrite(msg)) return null;
  fc.materializeSocket();
  return msg[kSocket];
}
getter('connection', function() { return socketOf(this); }, function(val) { this.socket = val; });
getter('socket', function() { return socketOf(this); }, function(val) {
  for (let n = 0; n < this[kCorked]; n++) val?.cork();
  this[kSocket] = val;
});
getter('headersSent', function() { return !!this._header; });

OutgoingMessage.prototype._renderHeaders = function _renderHeaders() {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
  const headersMap = this[kOutHeaders];
  const headers = {};
  if (headersMap !== null) {
    const keys = Object.keys(headersMap);
    for (let i = 0, l = keys.length; i < l; i++) {
      const key = keys[i];
      headers[headersMap[key][0]] = headersMap[key][1];
    }
  }
  return headers;
};

// _isLenientHeaderValidation: the message's httpValidation, then its server's, then the
// insecureHTTPParser options, then --insecure-http-parser.
OutgoingMessage.prototype._isLenientHeaderValidation = function() {
  if (this.httpValidation !== undefined) return this.httpValidation !== 'strict';
  const server = serverOfResponse(this);
  const serverHttpValidation = server?.httpValidation;
  if (serverHttpValidation !== undefined) return serverHttpValidation !== 'strict';
  if (typeof this.insecureHTTPParser === 'boolean') return this.insecureHTTPParser;
  const serverOption = server?.insecureHTTPParser;
  if (typeof serverOption === 'boolean') return serverOption;
  if (isLenient === undefined) isLenient = require('_http_common').isLenient;
  return isLenient();
};

// serverOfResponse: the server of a response, without making the socket of a Go-owned
// connection for it
function serverOfResponse(msg) {
  const req = msg.req;
  if (req === undefined || req === null) return undefined;
  const fc = req[kFast];
  return fc !== undefined ? fc.server : req.socket?.server;
}

// validateHeaderValueOf is validateHeaderValue under the message's httpValidation: 'relaxed' and
// 'insecure' (and insecureHTTPParser) let control characters other than NUL, CR and LF through.
function validateHeaderValueOf(msg, name, value) {
  // the message's option chain is read only for a value the strict check refuses
  if (typeof value === 'string' && (!checkInvalidHeaderChar(value) ||
      (msg._isLenientHeaderValidation() && !checkInvalidHeaderCharLenient(value)))) {
    return;
  }
  validateHeaderValue(name, value);
}

OutgoingMessage.prototype.cork = function cork() {
  if (this[kSocket]) this[kSocket].cork();
  else this[kCorked]++;
};

OutgoingMessage.prototype.uncork = function uncork() {
  if (this[kSocket]) {
    this[kSocket].uncork();
    return;
  }
  if (this[kCorked]) this[kCorked]--;
  if (this[kCorked] || this[kChunkedBuffer].length === 0) return;
  const len = this[kChunkedLength];
  const buf = this[kChunkedBuffer];
  const callbacks = [];
  this._send(len.toString(16), 'latin1', null);
  this._send(crlf_buf, null, null);
  for (let n = 0; n < buf.length; n += 3) {
    this._send(buf[n], buf[n + 1], null);
    if (buf[n + 2]) callbacks.push(buf[n + 2]);
  }
  this._send(crlf_buf, null, callbacks.length ? (err) => { for (const cb of callbacks) cb(err); } : null);
  this[kChunkedBuffer].length = 0;
  this[kChunkedLength] = 0;
};

OutgoingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  const socket = this.socket;
  if (!socket) {
    this.once('socket', function socketSetTimeoutOnConnect(socket) { socket.setTimeout(msecs); });
  } else {
    socket.setTimeout(msecs);
  }
  return this;
};

OutgoingMessage.prototype.destroy = function destroy(error) {
  if (this.destroyed) return this;
  this.destroyed = true;
  this[kErrored] = error;
  const socket = this.socket;
  if (socket) {
    socket.destroy(error);
  } else {
    this.once('socket', function socketDestroyOnConnect(socket) { socket.destroy(error); });
  }
  return this;
};

OutgoingMessage.prototype._send = function _send(data, encoding, callback, byteLength) {
  if (!this._headerSent && this._header !== null) {
    if (typeof data === 'string' && (encoding === 'utf8' || encoding === 'latin1' || !encoding)) {
      data = this._header + data;
    } else {
      const header = this._header;
      this.outputData.unshift({ data: header, encoding: 'latin1', callback: null });
      this.outputSize += header.length;
      this._onPendingData(header.length);
    }
    this._headerSent = true;
  }
  return this._writeRaw(data, encoding, callback, byteLength);
};

OutgoingMessage.prototype._writeRaw = function _writeRaw(data, encoding, callback, size) {
  let conn = this[kSocket];
  if (conn === null && this[kFast] !== undefined) conn = this.socket;
  if (conn?.destroyed) return false;
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  if (conn && conn._httpMessage === this && conn.writable) {
    if (this.outputData.length) this._flushOutput(conn);
    return conn.write(data, encoding, callback);
  }
  this.outputData.push({ data, encoding, callback });
  this.outputSize += data.length;
  this._onPendingData(data.length);
  return this.outputSize < this[kHighWaterMark];
};

OutgoingMessage.prototype._storeHeader = function _storeHeader(firstLine, headers) {
  // the common case (see storeHeaders in headers.go) needs no state object
  if (!headers) {
    this._header = finishHeader(this, firstLine, false, false, false, false, false) + '\r\n';
    this._headerSent = false;
    return;
  }
  if (!Array.isArray(headers)) {
    const lines = storeHeadersNative(this, headers, headers === this[kOutHeaders]);
    if (lines !== undefined) {
      this._header = finishHeader(this, firstLine + lines, false, storeFlags[0] === 1, false, false, false) + '\r\n';
      this._headerSent = false;
      return;
    }
  }
  const state = {
    connection: false, contLen: false, te: false, date: false, expect: false, trailer: false,
    header: firstLine,
  };
  if (headers) {
    if (headers === this[kOutHeaders]) {
      for (const key in headers) {
        const entry = headers[key];
        processHeader(this, state, entry[0], entry[1], false);
      }
    } else if (Array.isArray(headers)) {
      if (headers.length && Array.isArray(headers[0])) {
        for (let i = 0; i < headers.length; i++) {
          const entry = headers[i];
          processHeader(this, state, entry[0], entry[1], true);
        }
      } else {
        if (headers.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', headers);
        for (let n = 0; n < headers.length; n += 2) processHeader(this, state, headers[n], headers[n + 1], true);
      }
    } else {
      for (const key in headers) {
        if (Object.prototype.hasOwnProperty.call(headers, key)) processHeader(this, state, key, headers[key], true);
      }
    }
  }
  const header = finishHeader(this, state.header, state.connection, state.contLen, state.te, state.date,
                              state.trailer);
  if (this.chunkedEncoding !== true && state.trailer) throw new ERR_HTTP_TRAILER_INVALID();
  this._header = header + '\r\n';
  this._headerSent = false;
  if (state.expect) this._send('');
};

// finishHeader adds the headers Node derives (Date, Connection, Keep-Alive, Content-Length or
// Transfer-Encoding) after those the message set.
function finishHeader(msg, header, connection, contLen, te, date, trailer) {
  if (msg.sendDate && !date) header += 'Date: ' + utcDate() + '\r\n';
  // a 204 or 304 with "Transfer-Encoding: chunked" set by the user closes the connection
  if (msg.chunkedEncoding && (msg.statusCode === 204 || msg.statusCode === 304)) {
    msg.chunkedEncoding = false;
    msg.shouldKeepAlive = false;
  }
  if (msg._removedConnection) {
    msg._last = !msg.shouldKeepAlive;
  } else if (!connection) {
    const shouldSendKeepAlive = msg.shouldKeepAlive &&
      (contLen || msg.useChunkedEncodingByDefault || msg.agent);
    if (shouldSendKeepAlive && msg.maxRequestsOnConnectionReached) {
      header += 'Connection: close\r\n';
    } else if (shouldSendKeepAlive) {
      header += 'Connection: keep-alive\r\n';
      if (msg._keepAliveTimeout && msg._defaultKeepAlive) {
        const timeoutSeconds = Math.floor(msg._keepAliveTimeout / 1000);
        let max = '';
        if (~~msg._maxRequestsPerSocket > 0) max = `, max=${msg._maxRequestsPerSocket}`;
        header += `Keep-Alive: timeout=${timeoutSeconds}${max}\r\n`;
      }
    } else {
      msg._last = true;
      header += 'Connection: close\r\n';
    }
  }
  if (!contLen && !te) {
    if (!msg._hasBody) {
      msg.chunkedEncoding = false;
    } else if (!msg.useChunkedEncodingByDefault) {
      msg._last = true;
    } else if (!trailer && !msg._removedContLen && typeof msg._contentLength === 'number') {
      header += 'Content-Length: ' + msg._contentLength + '\r\n';
    } else if (!msg._removedTE) {
      header += 'Transfer-Encoding: chunked\r\n';
      msg.chunkedEncoding = true;
    } else {
      msg._last = true;
    }
  }
  return header;
}

function processHeader(self, state, key, value, validate) {
  if (validate) validateHeaderName(key);
  if (Array.isArray(value)) {
    if ((value.length < 2 || !isCookieField(key)) &&
        (!self[kUniqueHeaders] || !self[kUniqueHeaders].has(key.toLowerCase()))) {
      for (let i = 0; i < value.length; i++) storeHeader(self, state, key, value[i], validate);
      return;
    }
    value = value.join('; ');
  }
  storeHeader(self, state, key, value, validate);
}

function storeHeader(self, state, key, value, validate) {
  if (validate) validateHeaderValueOf(self, key, value);
  state.header += key + ': ' + value + '\r\n';
  matchHeader(self, state, key, value);
}

function matchHeader(self, state, field, value) {
  if (field.length < 4 || field.length > 17) return;
  field = field.toLowerCase();
  switch (field) {
    case 'connection':
      state.connection = true;
      self._removedConnection = false;
      if (RE_CONN_CLOSE.test(value)) self._last = true;
      else self.shouldKeepAlive = true;
      break;
    case 'transfer-encoding':
      state.te = true;
      self._removedTE = false;
      if (RE_TE_CHUNKED.test(value)) self.chunkedEncoding = true;
      break;
    case 'content-length':
      state.contLen = true;
      self._contentLength = +value;
      self._removedContLen = false;
      break;
    case 'date':
    case 'expect':
    case 'trailer':
      state[field] = true;
      break;
    case 'keep-alive':
      self._defaultKeepAlive = false;
      break;
  }
}

const validateHeaderName = hideStackFrames((name, label) => {
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) {
    throw new ERR_INVALID_HTTP_TOKEN(label || 'Header name', name);
  }
});

const validateHeaderValue = hideStackFrames((name, value) => {
  if (value === undefined) throw new ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  if (checkInvalidHeaderChar(value)) throw new ERR_INVALID_CHAR('header content', name);
});

function parseUniqueHeadersOption(headers) {
  if (!Array.isArray(headers)) return null;
  const unique = new Set();
  for (let i = 0; i < headers.length; i++) unique.add(String(headers[i]).toLowerCase());
  return unique;
}

OutgoingMessage.prototype.setHeader = function setHeader(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  // the checks inline, the validators (which throw) only for a bad name or value
  if (!checkIsHttpToken(name)) validateHeaderName(name);
  if (typeof value !== 'string' || checkInvalidHeaderChar(value)) validateHeaderValueOf(this, name, value);
  let headers = this[kOutHeaders];
  if (headers === null) this[kOutHeaders] = headers = { __proto__: null };
  headers[name.toLowerCase()] = [name, value];
  return this;
};

OutgoingMessage.prototype.setHeaders = function setHeaders(headers) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' ||
      typeof headers.get !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('headers', ['Headers', 'Map'], headers);
  }
  const cookies = [];
  for (const { 0: key, 1: value } of headers) {
    if (key === 'set-cookie') {
      if (Array.isArray(value)) cookies.push(...value);
      else cookies.push(value);
      continue;
    }
    this.setHeader(key, value);
  }
  if (cookies.length) this.setHeader('set-cookie', cookies);
  return this;
};

OutgoingMessage.prototype.appendHeader = function appendHeader(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('append');
  validateHeaderName(name);
  validateHeaderValueOf(this, name, value);
  const field = name.toLowerCase();
  const headers = this[kOutHeaders];
  if (headers === null || !headers[field]) return this.setHeader(name, value);
  if (!Array.isArray(headers[field][1])) headers[field][1] = [headers[field][1]];
  const existing = headers[field][1];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) existing.push(value[i]);
  } else {
    existing.push(value);
  }
  return this;
};

OutgoingMessage.prototype.getHeader = function getHeader(name) {
  validateString(name, 'name');
  const headers = this[kOutHeaders];
  if (headers === null) return;
  const entry = headers[name.toLowerCase()];
  return entry?.[1];
};

OutgoingMessage.prototype.getHeaderNames = function getHeaderNames() {
  return this[kOutHeaders] !== null ? Object.keys(this[kOutHeaders]) : [];
};

OutgoingMessage.prototype.getRawHeaderNames = function getRawHeaderNames() {
  const headersMap = this[kOutHeaders];
  if (headersMap === null) return [];
  const values = Object.values(headersMap);
  const headers = new Array(values.length);
  for (let i = 0, l = values.length; i < l; i++) headers[i] = values[i][0];
  return headers;
};

OutgoingMessage.prototype.getHeaders = function getHeaders() {
  const headers = this[kOutHeaders];
  const ret = { __proto__: null };
  if (headers) {
    for (const key of Object.keys(headers)) ret[key] = headers[key][1];
  }
  return ret;
};

OutgoingMessage.prototype.hasHeader = function hasHeader(name) {
  validateString(name, 'name');
  return this[kOutHeaders] !== null && !!this[kOutHeaders][name.toLowerCase()];
};

OutgoingMessage.prototype.removeHeader = function removeHeader(name) {
  validateString(name, 'name');
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('remove');
  const key = name.toLowerCase();
  switch (key) {
    case 'connection': this._removedConnection = true; break;
    case 'content-length': this._removedContLen = true; break;
    case 'transfer-encoding': this._removedTE = true; break;
    case 'date': this.sendDate = false; break;
  }
  if (this[kOutHeaders] !== null) delete this[kOutHeaders][key];
};

OutgoingMessage.prototype._implicitHeader = function _implicitHeader() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_implicitHeader()');
};

OutgoingMessage.prototype.write = function write(chunk, encoding, callback) {
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  const ret = write_(this, chunk, encoding, callback, false);
  if (!ret) this[kNeedDrain] = true;
  return ret;
};

function onError(msg, err, callback) {
  if (msg.destroyed) return;
  process.nextTick(emitErrorNt, msg, err, callback);
}

function emitErrorNt(msg, err, callback) {
  callback(err);
  if (typeof msg.emit === 'function' && !msg.destroyed) msg.emit('error', err);
}

function strictContentLength(msg) {
  return msg.strictContentLength && msg._contentLength != null && msg._hasBody &&
    !msg._removedContLen && !msg.chunkedEncoding && !msg.hasHeader('transfer-encoding');
}

function byteLength(chunk, encoding) {
  return typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
}

function write_(msg, chunk, encoding, callback, fromEnd) {
  if (typeof callback !== 'function') callback = nop;
  if (chunk === null) {
    throw new ERR_STREAM_NULL_VALUES();
  } else if (typeof chunk !== 'string' && !isUint8Array(chunk)) {
    throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }
  let err;
  if (msg.finished) err = new ERR_STREAM_WRITE_AFTER_END();
  else if (msg.destroyed) err = new ERR_STREAM_DESTROYED('write');
  if (err) {
    if (!msg.destroyed) onError(msg, err, callback);
    else process.nextTick(callback, err);
    return false;
  }
  let len;
  if (msg.strictContentLength) {
    len ??= byteLength(chunk, encoding);
    if (strictContentLength(msg) &&
        (fromEnd ? msg[kBytesWritten] + len !== msg._contentLength : msg[kBytesWritten] + len > msg._contentLength)) {
      throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(len + msg[kBytesWritten], msg._contentLength);
    }
    msg[kBytesWritten] += len;
  }
  if (!msg._header) {
    if (fromEnd) {
      len ??= byteLength(chunk, encoding);
      msg._contentLength = len;
    }
    msg._implicitHeader();
  }
  if (!msg._hasBody) {
    if (msg[kRejectNonStandardBodyWrites]) throw new ERR_HTTP_BODY_NOT_ALLOWED();
    process.nextTick(callback);
    return true;
  }
  if (!fromEnd && msg.socket && !msg.socket.writableCorked) {
    msg.socket.cork();
    process.nextTick(connectionCorkNT, msg.socket);
  }
  let ret;
  if (msg.chunkedEncoding && chunk.length !== 0) {
    len ??= byteLength(chunk, encoding);
    if (msg[kCorked] && msg._headerSent) {
      msg[kChunkedBuffer].push(chunk, encoding, callback);
      msg[kChunkedLength] += len;
      ret = msg[kChunkedLength] < msg[kHighWaterMark];
    } else {
      msg._send(len.toString(16), 'latin1', null);
      msg._send(crlf_buf, null, null);
      msg._send(chunk, encoding, null, len);
      ret = msg._send(crlf_buf, null, callback);
    }
  } else {
    ret = msg._send(chunk, encoding, callback, len);
  }
  return ret;
}

function connectionCorkNT(conn) {
  conn.uncork();
}

OutgoingMessage.prototype.addTrailers = function addTrailers(headers) {
  this._trailer = '';
  const keys = Object.keys(headers);
  const isArray = Array.isArray(headers);
  for (let i = 0, l = keys.length; i < l; i++) {
    let field, value;
    const key = keys[i];
    if (isArray) {
      field = headers[key][0];
      value = headers[key][1];
    } else {
      field = key;
      value = headers[key];
    }
    validateHeaderName(field, 'Trailer name');
    const isArrayValue = Array.isArray(value);
    if (isArrayValue && value.length > 1 &&
        (!this[kUniqueHeaders] || !this[kUniqueHeaders].has(field.toLowerCase()))) {
      for (let j = 0, l = value.length; j < l; j++) {
        if (checkInvalidHeaderChar(value[j])) throw new ERR_INVALID_CHAR('trailer content', field);
        this._trailer += field + ': ' + value[j] + '\r\n';
      }
    } else {
      if (isArrayValue) value = value.join('; ');
      if (checkInvalidHeaderChar(value)) throw new ERR_INVALID_CHAR('trailer content', field);
      this._trailer += field + ': ' + value + '\r\n';
    }
  }
};

// end()'s callbacks run when the last write is done, before 'finish' (or with the error that
// kept the data from being flushed), as Writable's do.
function flushEndCallbacks(msg, err) {
  const callbacks = msg[kEndCallbacks];
  if (callbacks === null) return;
  msg[kEndCallbacks] = null;
  for (let i = 0; i < callbacks.length; i++) callbacks[i](err);
}

function getEndCallbackError(msg) {
  return msg[kErrored] ?? msg[kSocket]?.errored ?? new ERR_STREAM_DESTROYED('end');
}

function queueEndCallback(msg, callback) {
  if (msg[kWritableFinished]) {
    callback(new ERR_STREAM_ALREADY_FINISHED('end'));
    return;
  }
  if (msg[kFlushError] !== null) {
    process.nextTick(callback, msg[kFlushError]);
    return;
  }
  msg[kEndCallbacks] ??= [];
  msg[kEndCallbacks].push(callback);
}

function onFinish(outmsg, err) {
  if (err || outmsg[kErrored] || outmsg[kSocket]?.errored || outmsg[kSocket]?._hadError) {
    outmsg[kFlushError] = err ?? getEndCallbackError(outmsg);
    flushEndCallbacks(outmsg, outmsg[kFlushError]);
    return;
  }
  outmsg[kWritableFinished] = true;
  flushEndCallbacks(outmsg, null);
  outmsg.emit('finish');
}

OutgoingMessage.prototype.end = function end(chunk, encoding, callback) {
  if (typeof chunk === 'function') {
    callback = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  const fc = this[kFast];
  if (fc !== undefined && fc.canWrite(this) && fastEnd(this, fc, chunk, encoding, callback)) return this;
  if (chunk && endInOneWrite(this, chunk, encoding, callback)) return this;
  if (chunk) {
    if (this.finished) {
      onError(this, new ERR_STREAM_WRITE_AFTER_END(), typeof callback !== 'function' ? nop : callback);
      return this;
    }
    if (this[kSocket]) this[kSocket].cork();
    write_(this, chunk, encoding, null, true);
  } else if (this.finished) {
    if (typeof callback === 'function') queueEndCallback(this, callback);
    return this;
  } else if (!this._header) {
    if (this[kSocket]) this[kSocket].cork();
    this._contentLength = 0;
    this._implicitHeader();
  }
  if (typeof callback === 'function') queueEndCallback(this, callback);
  if (strictContentLength(this) && this[kBytesWritten] !== this._contentLength) {
    throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(this[kBytesWritten], this._contentLength);
  }
  const finish = onFinish.bind(undefined, this);
  if (this._hasBody && this.chunkedEncoding) {
    this._send('0\r\n' + this._trailer + '\r\n', 'latin1', finish);
  } else if (!this._headerSent || this.writableLength || chunk) {
    this._send('', 'latin1', finish);
  } else {
    process.nextTick(finish);
  }
  if (this[kSocket]) {
    this[kSocket]._writableState.corked = 1;
    this[kSocket].uncork();
  }
  this[kCorked] = 1;
  this.uncork();
  this.finished = true;
  if (this.outputData.length === 0 && this[kSocket] && this[kSocket]._httpMessage === this) this._finish();
  return this;
};

// endInOneWrite is end(data) when nothing else is pending on an idle socket and the body is
// delimited by Content-Length (or the connection's end): the head and the body leave in one
// socket write, with the 'finish' callback on it. Node gets the same single write by corking;
// in goja, cork/writev through the Writable costs more than the write itself.
function endInOneWrite(msg, chunk, encoding, callback) {
  const socket = msg[kSocket];
  // the socket's state rather than its writableCorked and writableLength getters: two calls less
  const ws = socket?._writableState;
  if (msg.finished || msg.destroyed || msg._headerSent || msg.strictContentLength ||
      socket === null || socket._httpMessage !== msg || !socket.writable || socket.destroyed ||
      !ws || ws.corked || ws.length !== 0 || msg.outputData.length !== 0 ||
      msg[kCorked] || typeof chunk !== 'string' ||
      (encoding && encoding !== 'utf8' && encoding !== 'utf-8' && encoding !== 'latin1')) {
    return false;
  }
  if (!msg._header) {
    msg._contentLength = Buffer.byteLength(chunk, encoding || 'utf8');
    msg._implicitHeader();
  }
  if (!msg._hasBody || msg.chunkedEncoding) return false;
  if (typeof callback === 'function') queueEndCallback(msg, callback);
  msg._headerSent = true;
  msg.finished = true;
  if (net === undefined) {
    net = require('net');
    writeString = require('internal/net').writeString;
  }
  const data = msg._header + chunk;
  const enc = encoding === 'latin1' ? 'latin1' : 'utf8';
  const finish = (err) => onFinish(msg, err);
  if (writeString !== null && socket instanceof net.Socket) writeString(socket, data, enc, finish);
  else socket.write(data, enc, finish);
  if (socket._httpMessage === msg) msg._finish();
  return true;
}

// fastEnd is end() for the response of a Go-owned connection (FastConnection) when the head and
// the body leave in one write: endInOneWrite's case, with a Buffer-less body. Otherwise the
// connection gets its socket and end() goes on as for any response.
function fastEnd(msg, fc, chunk, encoding, callback) {
  if (msg.finished || msg.destroyed || msg._headerSent || msg.strictContentLength || msg[kCorked] ||
      msg.outputSize !== 0 || (chunk && typeof chunk !== 'string') || msg._trailer !== '' ||
      (encoding && encoding !== 'utf8' && encoding !== 'utf-8' && encoding !== 'latin1')) {
    fc.materializeSocket();
    return false;
  }
  let body = chunk || '';
  if (!msg._header) {
    msg._contentLength = body ? Buffer.byteLength(body, encoding || 'utf8') : 0;
    msg._implicitHeader();
    if ((!msg._hasBody && body && msg[kRejectNonStandardBodyWrites]) || !fc.canWrite(msg)) {
      fc.materializeSocket();
      return false;
    }
  }
  if (typeof callback === 'function') queueEndCallback(msg, callback);
  msg._headerSent = true;
  msg.finished = true;
  if (!msg._hasBody) {
    body = '';
  } else if (msg.chunkedEncoding) {
    // write_'s chunk framing, then end's last chunk
    body = body ? Buffer.byteLength(body, encoding || 'utf8').toString(16) + '\r\n' + body + '\r\n0\r\n\r\n' :
      '0\r\n\r\n';
  }
  fc.write(msg, msg._header + body, encoding === 'latin1');
  msg._finish();
  return true;
}

// kFastWritten: the write of fastEnd is done (err null) or failed
// (once the connection has its socket, resOnFinish, prepended then, does the server's part)
OutgoingMessage.prototype[kFastWritten] = function(err) {
  const fc = this[kFast];
  if (err || fc.socket !== null) {
    onFinish(this, err);
    return;
  }
  this[kWritableFinished] = true;
  flushEndCallbacks(this, null);
  fc.finished(this);
  this.emit('finish');
};

OutgoingMessage.prototype._finish = function _finish() {
  this.emit('prefinish');
};

OutgoingMessage.prototype._flush = function _flush() {
  const socket = this[kSocket];
  if (socket && socket.writable) {
    const ret = this._flushOutput(socket);
    if (this.finished) {
      this._finish();
    } else if (ret && this[kNeedDrain]) {
      this[kNeedDrain] = false;
      this.emit('drain');
    }
  }
};

OutgoingMessage.prototype._flushOutput = function _flushOutput(socket) {
  while (this[kCorked]) {
    this[kCorked]--;
    socket.cork();
  }
  const outputLength = this.outputData.length;
  if (outputLength <= 0) return undefined;
  const outputData = this.outputData;
  socket.cork();
  let ret;
  for (let i = 0; i < outputLength; i++) {
    const { data, encoding, callback } = outputData[i];
    outputData[i].data = null;
    ret = socket.write(data, encoding, callback);
  }
  socket.uncork();
  this.outputData = [];
  this._onPendingData(-this.outputSize);
  this.outputSize = 0;
  return ret;
};

OutgoingMessage.prototype.flushHeaders = function flushHeaders() {
  if (!this._header) this._implicitHeader();
  this._send('');
};

OutgoingMessage.prototype.pipe = function pipe() {
  this.emit('error', new ERR_STREAM_CANNOT_PIPE());
};

OutgoingMessage.prototype[EE.captureRejectionSymbol] = function(err, event) {
  this.destroy(err);
};

module.exports = {
  kFastWritten,
  kRejectNonStandardBodyWrites,
  kHighWaterMark,
  kUniqueHeaders,
  kOutHeaders,
  kNeedDrain,
  parseUniqueHeadersOption,
  validateHeaderName,
  validateHeaderValue,
  OutgoingMessage,
  isContentDispositionField,
};
