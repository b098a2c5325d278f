'use strict';
// WebSocket, CloseEvent and ErrorEvent as Node 24 has them from undici. The connection and the
// RFC 6455 framing are Go (internalBinding); this file is the WHATWG WebSocket object.

const binding = internalBinding('internal/deps/undici/websocket');
const { Buffer } = require('buffer');
const { Blob, isBlob, getBlobBytes } = require('internal/blob');
const { URL } = require('internal/url');
const { EventTarget, Event } = require('internal/event_target');
const { MessageEvent } = require('internal/worker/io');
const { DOMException } = require('internal/per_context/domexception');

const CONNECTING = 0;
const OPEN = 1;
const CLOSING = 2;
const CLOSED = 3;

function argCount(prefix, n, required) {
  if (n < required) {
    throw new TypeError(`${prefix}: ${required} argument${required > 1 ? 's' : ''} required, but${n ? ' only' : ''} ${n} found.`);
  }
}

function illegalInvocation() {
  const err = new TypeError('Illegal invocation');
  err.code = 'ERR_INVALID_THIS';
  return err;
}

const kInit = Symbol('init');

class CloseEvent extends Event {
  constructor(type, eventInitDict = {}) {
    argCount('CloseEvent constructor', arguments.length, 1);
    super(`${type}`, eventInitDict);
    const init = eventInitDict ?? {};
    this[kInit] = {
      wasClean: !!init.wasClean,
      code: init.code === undefined ? 0 : Number(init.code) & 0xffff,
      reason: init.reason === undefined ? '' : `${init.reason}`,
    };
  }

  get wasClean() { if (!(this instanceof CloseEvent)) throw illegalInvocation(); return this[kInit].wasClean; }
  get code() { if (!(this instanceof CloseEvent)) throw illegalInvocation(); return this[kInit].code; }
  get reason() { if (!(this instanceof CloseEvent)) throw illegalInvocation(); return this[kInit].reason; }
}

class ErrorEvent extends Event {
  constructor(type, eventInitDict = undefined) {
    argCount('ErrorEvent constructor', arguments.length, 1);
    super(`${type}`, eventInitDict);
    const init = eventInitDict ?? {};
    this[kInit] = {
      message: init.message === undefined ? '' : `${init.message}`,
      filename: init.filename === undefined ? '' : `${init.filename}`,
      lineno: init.lineno === undefined ? 0 : init.lineno >>> 0,
      colno: init.colno === undefined ? 0 : init.colno >>> 0,
      error: init.error,
    };
  }

  get message() { if (!(this instanceof ErrorEvent)) throw illegalInvocation(); return this[kInit].message; }
  get filename() { if (!(this instanceof ErrorEvent)) throw illegalInvocation(); return this[kInit].filename; }
  get lineno() { if (!(this instanceof ErrorEvent)) throw illegalInvocation(); return this[kInit].lineno; }
  get colno() { if (!(this instanceof ErrorEvent)) throw illegalInvocation(); return this[kInit].colno; }
  get error() { if (!(this instanceof ErrorEvent)) throw illegalInvocation(); return this[kInit].error; }
}

for (const [cls, tag, names] of [[CloseEvent, 'CloseEvent', ['reason', 'code', 'wasClean']],
  [ErrorEvent, 'ErrorEvent', ['message', 'filename', 'lineno', 'colno', 'error']]]) {
  Object.defineProperty(cls.prototype, Symbol.toStringTag, { __proto__: null, value: tag, configurable: true });
  for (const n of names) {
    const d = Object.getOwnPropertyDescriptor(cls.prototype, n);
    d.enumerable = true;
    Object.defineProperty(cls.prototype, n, d);
  }
}

const kState = Symbol('websocket');
const validProtocol = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

function toUSV(s) { return `${s}`.toWellFormed ? `${s}`.toWellFormed() : `${s}`; }

class WebSocket extends EventTarget {
  constructor(url, protocols = []) {
    super();
    argCount('WebSocket constructor', arguments.length, 1);
    if (protocols !== null && typeof protocols === 'object' && !Array.isArray(protocols) &&
        typeof protocols[Symbol.iterator] !== 'function') {
      protocols = protocols.protocols ?? [];
    }
    if (typeof protocols === 'string') protocols = [protocols];
    else if (protocols !== null && typeof protocols === 'object' && typeof protocols[Symbol.iterator] === 'function') protocols = [...protocols].map((p) => `${p}`);
    else protocols = [`${protocols}`];
    url = toUSV(url);
    let parsed;
    try {
      parsed = new URL(url);
    } catch (err) {
      throw new DOMException(`${err}`, 'SyntaxError');
    }
    if (parsed.protocol === 'http:') parsed.protocol = 'ws:';
    else if (parsed.protocol === 'https:') parsed.protocol = 'wss:';
    if (parsed.protocol !== 'ws:' && parsed.protocol !== 'wss:') {
      throw new DOMException('expected a ws: or wss: url', 'SyntaxError');
    }
    if (parsed.hash || parsed.href.endsWith('#')) {
      throw new DOMException('hash', 'SyntaxError');
    }
    if (protocols.length !== new Set(protocols.map((p) => p.toLowerCase())).size ||
        (protocols.length > 0 && !protocols.every((p) => validProtocol.test(p)))) {
      throw new DOMException('Invalid Sec-WebSocket-Protocol value', 'SyntaxError');
    }
    const st = this[kState] = {
      url: parsed, readyState: CONNECTING, protocol: '', extensions: '', binaryType: 'blob',
      bufferedAmount: 0, handlers: { open: null, error: null, close: null, message: null },
      id: 0, closeRequested: false, receivedClose: false,
    };
    const secure = parsed.protocol === 'wss:';
    let host = parsed.hostname;
    if (host.startsWith('[')) host = host.slice(1, -1);
    const port = parsed.port || (secure ? '443' : '80');
    const target = (parsed.pathname || '/') + parsed.search;
    if (binding.isBadPort(parsed.port)) {
      // undici's handshake fetch fails on the spec's port blocklist without connecting, one
      // microtask later
      queueMicrotask(() => this.#dispatch('close', 1006, '', false));
      return;
    }
    st.id = binding.connect(secure ? 'https' : 'http', host, port, target, parsed.host, protocols.join(', '),
      secure && require('internal/tls/options').getAllowUnauthorized(), (type, a, b, c) => this.#dispatch(type, a, b, c));
  }

  #dispatch(type, a, b, c) {
    const st = this[kState];
    switch (type) {
      case 'open':
        if (st.closeRequested) {
          binding.destroy(st.id);
          return;
        }
        st.readyState = OPEN;
        st.opened = true;
        st.protocol = a;
        st.extensions = b;
        this.dispatchEvent(new Event('open'));
        return;
      case 'message': {
        if (st.readyState !== OPEN) return;
        let data;
        if (a) data = Buffer.from(b).toString('utf8');
        else if (st.binaryType === 'blob') data = new Blob([new Uint8Array(b)]);
        else data = b;
        this.dispatchEvent(new MessageEvent('message', { data, origin: st.url.origin }));
        return;
      }
      case 'sent':
        st.bufferedAmount -= a;
        return;
      case 'closing':
        st.receivedClose = true;
        st.readyState = CLOSING;
        return;
      case 'error':
        if (st.failed) return;
        st.failed = true;
        st.readyState = CLOSED;
        this.dispatchEvent(new ErrorEvent('error', { error: new TypeError(a), message: a }));
        return;
      case 'close':
        if (st.closeFired) return;
        st.closeFired = true;
        // a connection that ends without the closing handshake (or is closed while still
        // connecting) reports an error first
        if (!st.failed && !c) {
          st.failed = true;
          st.readyState = CLOSED;
          this.dispatchEvent(new ErrorEvent('error', { error: new TypeError(''), message: '' }));
        }
        st.readyState = CLOSED;
        this.dispatchEvent(new CloseEvent('close', { wasClean: c, code: a, reason: b }));
        return;
    }
  }

  close(code = undefined, reason = undefined) {
    if (!(this instanceof WebSocket)) throw illegalInvocation();
    if (code !== undefined) {
      code = Math.min(Math.max(Math.round(Number(code)) || 0, 0), 65535);
      if (code !== 1000 && (code < 3000 || code > 4999)) {
        throw new DOMException('invalid code', 'InvalidAccessError');
      }
    }
    let reasonBytes = 0;
    if (reason !== undefined) {
      reason = toUSV(reason);
      reasonBytes = Buffer.byteLength(reason);
      if (reasonBytes > 123) {
        throw new DOMException(`Reason must be less than 123 bytes; received ${reasonBytes}`, 'SyntaxError');
      }
    }
    const st = this[kState];
    if (st.readyState === CLOSING || st.readyState === CLOSED) return;
    if (st.readyState === CONNECTING) {
      // undici fails the connection at once: error and close fire inside close()
      st.closeRequested = true;
      st.failed = true;
      st.closeFired = true;
      st.readyState = CLOSED;
      binding.destroy(st.id);
      this.dispatchEvent(new ErrorEvent('error', { error: new TypeError('WebSocket was closed before the connection was established'), message: 'WebSocket was closed before the connection was established' }));
      this.dispatchEvent(new CloseEvent('close', { wasClean: false, code: 1006, reason: '' }));
      // and then, as undici does, leaves the state at CLOSING
      st.readyState = CLOSING;
      return;
    }
    st.readyState = CLOSING;
    binding.close(st.id, code === undefined ? (reason !== undefined ? 1000 : -1) : code, reason ?? '');
  }

  send(data) {
    if (!(this instanceof WebSocket)) throw illegalInvocation();
    argCount('WebSocket.send', arguments.length, 1);
    const st = this[kState];
    if (st.readyState === CONNECTING) throw new DOMException('Sent before connected.', 'InvalidStateError');
    if (st.readyState !== OPEN) return;
    let bytes;
    let text = false;
    if (typeof data === 'string') {
      bytes = Buffer.from(data, 'utf8');
      text = true;
    } else if (ArrayBuffer.isView(data)) {
      bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    } else if (data instanceof ArrayBuffer) {
      bytes = Buffer.from(data);
    } else if (isBlob(data)) {
      bytes = getBlobBytes(data);
    } else {
      bytes = Buffer.from(toUSV(data), 'utf8');
      text = true;
    }
    if (bytes.length > 0) st.bufferedAmount += bytes.length;
    binding.send(st.id, text, bytes);
  }

  get readyState() { if (!(this instanceof WebSocket)) throw illegalInvocation(); return this[kState].readyState; }
  get bufferedAmount() { if (!(this instanceof WebSocket)) throw illegalInvocation(); return this[kState].bufferedAmount; }
  get url() { if (!(this instanceof WebSocket)) throw illegalInvocation(); return this[kState].url.href; }
  get extensions() { if (!(this instanceof WebSocket)) throw illegalInvocation(); return this[kState].extensions; }
  get protocol() { if (!(this instanceof WebSocket)) throw illegalInvocation(); return this[kState].protocol; }
  get binaryType() { if (!(this instanceof WebSocket)) throw illegalInvocation(); return this[kState].binaryType; }
  set binaryType(type) {
    if (!(this instanceof WebSocket)) throw illegalInvocation();
    this[kState].binaryType = type === 'blob' || type === 'arraybuffer' ? type : 'blob';
  }
}

for (const name of ['open', 'error', 'close', 'message']) {
  Object.defineProperty(WebSocket.prototype, `on${name}`, {
    __proto__: null, enumerable: true, configurable: true,
    get() {
      if (!(this instanceof WebSocket)) throw illegalInvocation();
      return this[kState].handlers[name];
    },
    set(fn) {
      if (!(this instanceof WebSocket)) throw illegalInvocation();
      const handlers = this[kState].handlers;
      if (handlers[name]) this.removeEventListener(name, handlers[name]);
      if (typeof fn === 'function' || (fn !== null && typeof fn === 'object')) {
        this.addEventListener(name, fn);
        handlers[name] = fn;
      } else {
        handlers[name] = null;
      }
    },
  });
}

for (const [name, value] of [['CONNECTING', CONNECTING], ['OPEN', OPEN], ['CLOSING', CLOSING], ['CLOSED', CLOSED]]) {
  Object.defineProperty(WebSocket, name, { __proto__: null, value, enumerable: true });
  Object.defineProperty(WebSocket.prototype, name, { __proto__: null, value, enumerable: true });
}
for (const n of ['url', 'readyState', 'bufferedAmount', 'extensions', 'protocol', 'binaryType', 'close', 'send']) {
  const d = Object.getOwnPropertyDescriptor(WebSocket.prototype, n);
  d.enumerable = true;
  Object.defineProperty(WebSocket.prototype, n, d);
}
Object.defineProperty(WebSocket.prototype, Symbol.toStringTag, { __proto__: null, value: 'WebSocket', configurable: true });

module.exports = { WebSocket, CloseEvent, ErrorEvent };
