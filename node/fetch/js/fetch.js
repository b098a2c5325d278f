'use strict';
// fetch, Headers, Request, Response and FormData as Node 24 has them from undici. The HTTP
// exchange, connection pool and content decoding are Go (internalBinding); this file is the
// Fetch standard's object model, redirects and body handling.

const binding = internalBinding('internal/deps/undici/undici');
const { Buffer } = require('buffer');
const { Blob, File, isBlob, getBlobBytes } = require('internal/blob');
const { URL, URLSearchParams } = require('internal/url');
const { AbortController, AbortSignal } = require('internal/abort_controller');
const { DOMException } = require('internal/per_context/domexception');
const { ExceptionWithHostPort, codes: { ERR_INVALID_THIS } } = require('internal/errors');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

const { internals } = internalBinding('internal/bootstrap/node');
const rejectionArrow = 'node:internal/process/promises:394\n    triggerUncaughtException(err, true /* fromPromise */);\n    ^\n';

function lazyInspect() { return require('internal/util/inspect'); }

function illegalInvocation() {
  const err = new TypeError('Illegal invocation');
  err.code = 'ERR_INVALID_THIS';
  return err;
}

function argCount(prefix, n, required) {
  if (n < required) {
    throw new TypeError(`${prefix}: ${required} argument${required > 1 ? 's' : ''} required, but${n ? ' only' : ''} ${n} found.`);
  }
}

function toByteString(v) {
  const s = `${v}`;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 255) {
      throw new TypeError(`Cannot convert argument to a ByteString because the character at index ${i} has a value of ${c} which is greater than 255.`);
    }
  }
  return s;
}

function inspectFields(self, name, fields, depth, options) {
  if (depth < 0) return self;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  const body = lazyInspect().inspect(fields, opts);
  return `${name} ${body}`;
}

function defineTag(cls, tag) {
  Object.defineProperty(cls.prototype, Symbol.toStringTag, {
    __proto__: null, value: tag, configurable: true, writable: false, enumerable: false,
  });
}

function enumerableMethods(cls, names) {
  for (const name of names) {
    const d = Object.getOwnPropertyDescriptor(cls.prototype, name);
    if (!d) continue;
    d.enumerable = true;
    Object.defineProperty(cls.prototype, name, d);
  }
}

// ---- Headers ----

const kList = Symbol('headers list');
const kGuard = Symbol('guard');
const kCookies = Symbol('cookies');

const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
function isValidName(name) { return tokenRe.test(name); }
function isValidValue(value) {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0 || c === 10 || c === 13) return false;
  }
  return true;
}
function normalizeValue(value) {
  let s = 0;
  let e = value.length;
  const ws = (c) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
  while (s < e && ws(value.charCodeAt(s))) s++;
  while (e > s && ws(value.charCodeAt(e - 1))) e--;
  return s === 0 && e === value.length ? value : value.slice(s, e);
}

function isHeaders(v) { return v !== null && typeof v === 'object' && v[kList] !== undefined; }

// list operations, shared with Request/Response internals (no validation, no guard)
function listAppend(h, name, value) {
  const lower = name.toLowerCase();
  const list = h[kList];
  const entry = list.get(lower);
  if (entry) entry.value += `${lower === 'cookie' ? '; ' : ', '}${value}`;
  else list.set(lower, { name, value });
  if (lower === 'set-cookie') (h[kCookies] ??= []).push(value);
}
function listSet(h, name, value) {
  const lower = name.toLowerCase();
  h[kList].set(lower, { name, value });
  if (lower === 'set-cookie') h[kCookies] = [value];
}
function listDelete(h, lower) {
  h[kList].delete(lower);
  if (lower === 'set-cookie') h[kCookies] = undefined;
}
function listGet(h, lower) {
  const e = h[kList].get(lower);
  return e === undefined ? null : e.value;
}

function sortedEntries(h) {
  const names = [...h[kList].keys()].sort();
  const out = [];
  for (const name of names) {
    if (name === 'set-cookie' && h[kCookies]) {
      for (const v of h[kCookies]) out.push([name, v]);
    } else {
      out.push([name, h[kList].get(name).value]);
    }
  }
  return out;
}

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
function makeIteratorClass(tag, brand) {
  const proto = Object.create(IteratorPrototype);
  const kState = Symbol(`${tag} state`);
  Object.defineProperty(proto, 'next', {
    __proto__: null, writable: true, enumerable: true, configurable: true,
    value: function next() {
      const st = this?.[kState];
      if (st === undefined) {
        throw new TypeError(`'next' called on an object that does not implement interface ${tag}.`);
      }
      if (st.items === undefined) st.items = st.source();
      if (st.index >= st.items.length) return { value: undefined, done: true };
      const item = st.items[st.index++];
      return { value: st.kind === 'key' ? item[0] : st.kind === 'value' ? item[1] : item, done: false };
    },
  });
  Object.defineProperty(proto, Symbol.toStringTag, {
    __proto__: null, value: tag, configurable: true, writable: false, enumerable: false,
  });
  return (source, kind) => {
    const it = Object.create(proto);
    Object.defineProperty(it, kState, { __proto__: null, value: { source, kind, index: 0, items: undefined } });
    return it;
  };
}
const headersIterator = makeIteratorClass('Headers Iterator');

function fillHeaders(h, init) {
  if (init === undefined) return;
  if (init === null || (typeof init !== 'object' && typeof init !== 'function')) {
    throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
  }
  if (typeof init[Symbol.iterator] === 'function') {
    for (const pair of init) {
      if (typeof pair === 'string' || pair === null || typeof pair !== 'object' || typeof pair[Symbol.iterator] !== 'function') {
        throw new TypeError('Headers constructor: expected name/value pair to be length 2, found ' +
          (typeof pair === 'string' ? pair.length : 0) + '.');
      }
      const arr = [...pair];
      if (arr.length !== 2) {
        throw new TypeError(`Headers constructor: expected name/value pair to be length 2, found ${arr.length}.`);
      }
      appendChecked(h, arr[0], arr[1], 'Headers.append');
    }
    return;
  }
  for (const key of Reflect.ownKeys(init)) {
    const d = Reflect.getOwnPropertyDescriptor(init, key);
    if (d === undefined || !d.enumerable) continue;
    if (typeof key === 'symbol') {
      throw new TypeError(`Headers constructor: Key ${String(key)} in init is a symbol, which cannot be converted to a ByteString.`);
    }
    appendChecked(h, key, init[key], 'Headers.append');
  }
}

function appendChecked(h, name, value, prefix) {
  name = toByteString(name);
  value = normalizeValue(toByteString(value));
  if (!isValidName(name)) throw new TypeError(`${prefix}: "${name}" is an invalid header name.`);
  if (!isValidValue(value)) throw new TypeError(`${prefix}: "${value}" is an invalid header value.`);
  if (h[kGuard] === 'immutable') throw new TypeError('immutable');
  listAppend(h, name, value);
}

function checkName(name, prefix) {
  name = toByteString(name);
  if (!isValidName(name)) throw new TypeError(`${prefix}: "${name}" is an invalid header name.`);
  return name;
}

// undici marks its objects uncloneable: structuredClone and postMessage refuse them.
const { markUncloneable } = require('internal/structured_clone');

class Headers {
  constructor(init = undefined) {
    markUncloneable(this);
    this[kList] = new Map();
    this[kGuard] = 'none';
    this[kCookies] = undefined;
    fillHeaders(this, init);
  }

  append(name, value) {
    if (!isHeaders(this)) throw illegalInvocation();
    argCount('Headers.append', arguments.length, 2);
    appendChecked(this, name, value, 'Headers.append');
  }

  delete(name) {
    if (!isHeaders(this)) throw illegalInvocation();
    argCount('Headers.delete', arguments.length, 1);
    name = checkName(name, 'Headers.delete');
    if (this[kGuard] === 'immutable') throw new TypeError('immutable');
    listDelete(this, name.toLowerCase());
  }

  get(name) {
    if (!isHeaders(this)) throw illegalInvocation();
    argCount('Headers.get', arguments.length, 1);
    name = checkName(name, 'Headers.get');
    return listGet(this, name.toLowerCase());
  }

  has(name) {
    if (!isHeaders(this)) throw illegalInvocation();
    argCount('Headers.has', arguments.length, 1);
    name = checkName(name, 'Headers.has');
    return this[kList].has(name.toLowerCase());
  }

  set(name, value) {
    if (!isHeaders(this)) throw illegalInvocation();
    argCount('Headers.set', arguments.length, 2);
    name = toByteString(name);
    value = normalizeValue(toByteString(value));
    if (!isValidName(name)) throw new TypeError(`Headers.set: "${name}" is an invalid header name.`);
    if (!isValidValue(value)) throw new TypeError(`Headers.set: "${value}" is an invalid header value.`);
    if (this[kGuard] === 'immutable') throw new TypeError('immutable');
    listSet(this, name, value);
  }

  getSetCookie() {
    if (!isHeaders(this)) throw illegalInvocation();
    return this[kCookies] ? [...this[kCookies]] : [];
  }

  keys() {
    if (!isHeaders(this)) throw illegalInvocation();
    return headersIterator(() => sortedEntries(this), 'key');
  }

  values() {
    if (!isHeaders(this)) throw illegalInvocation();
    return headersIterator(() => sortedEntries(this), 'value');
  }

  entries() {
    if (!isHeaders(this)) throw illegalInvocation();
    return headersIterator(() => sortedEntries(this), 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    if (!isHeaders(this)) throw illegalInvocation();
    argCount("Failed to execute 'forEach' on 'Headers'", arguments.length, 1);
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'.");
    }
    for (const [k, v] of sortedEntries(this)) callback.call(thisArg, v, k, this);
  }

  [customInspect](depth, options) {
    const fields = {};
    for (const { name, value } of this[kList].values()) fields[name] = value;
    options.depth ??= depth;
    return `Headers ${lazyInspect().formatWithOptions(options, fields)}`;
  }
}
Headers.prototype[Symbol.iterator] = Headers.prototype.entries;
defineTag(Headers, 'Headers');
enumerableMethods(Headers, ['append', 'delete', 'get', 'has', 'set', 'getSetCookie', 'keys', 'values', 'entries', 'forEach']);

function headersFromList(pairs, guard) {
  const h = new Headers();
  for (let i = 0; i < pairs.length; i += 2) listAppend(h, pairs[i].toLowerCase(), pairs[i + 1]);
  h[kGuard] = guard;
  return h;
}

function copyHeaders(src, guard) {
  const h = new Headers();
  for (const [lower, e] of src[kList]) h[kList].set(lower, { name: e.name, value: e.value });
  if (src[kCookies]) h[kCookies] = [...src[kCookies]];
  h[kGuard] = guard;
  return h;
}

// ---- FormData ----

const kEntries = Symbol('entries');
const formDataIterator = makeIteratorClass('FormData Iterator');

function isFormData(v) { return v !== null && typeof v === 'object' && v[kEntries] !== undefined; }

function formEntry(name, value, filename, prefix, n) {
  name = `${name}`;
  if (n > 2 && !isBlob(value)) {
    throw new TypeError(`${prefix}: Expected value ("${typeof value === 'string' ? JSON.stringify(value) : lazyInspect().inspect(value)}") to be an instance of Blob.`);
  }
  if (!isBlob(value)) return [name, `${value}`];
  const isFile = value instanceof File;
  if (!isFile || filename !== undefined) {
    const opts = { type: value.type };
    if (isFile) opts.lastModified = value.lastModified;
    value = new File([value], filename !== undefined ? `${filename}` : isFile ? value.name : 'blob', opts);
  }
  return [name, value];
}

class FormData {
  constructor(form = undefined) {
    if (form !== undefined) {
      throw new TypeError('FormData constructor: Argument 1 could not be converted to: undefined.');
    }
    this[kEntries] = [];
    markUncloneable(this);
  }

  append(name, value, filename = undefined) {
    if (!isFormData(this)) throw illegalInvocation();
    argCount('FormData.append', arguments.length, 2);
    this[kEntries].push(formEntry(name, value, filename, 'FormData.append', arguments.length));
  }

  delete(name) {
    if (!isFormData(this)) throw illegalInvocation();
    argCount('FormData.delete', arguments.length, 1);
    name = `${name}`;
    this[kEntries] = this[kEntries].filter((e) => e[0] !== name);
  }

  get(name) {
    if (!isFormData(this)) throw illegalInvocation();
    argCount('FormData.get', arguments.length, 1);
    name = `${name}`;
    const e = this[kEntries].find((x) => x[0] === name);
    return e === undefined ? null : e[1];
  }

  getAll(name) {
    if (!isFormData(this)) throw illegalInvocation();
    argCount('FormData.getAll', arguments.length, 1);
    name = `${name}`;
    return this[kEntries].filter((x) => x[0] === name).map((x) => x[1]);
  }

  has(name) {
    if (!isFormData(this)) throw illegalInvocation();
    argCount('FormData.has', arguments.length, 1);
    name = `${name}`;
    return this[kEntries].some((x) => x[0] === name);
  }

  set(name, value, filename = undefined) {
    if (!isFormData(this)) throw illegalInvocation();
    argCount('FormData.set', arguments.length, 2);
    const entry = formEntry(name, value, filename, 'FormData.set', arguments.length);
    const list = this[kEntries];
    const i = list.findIndex((x) => x[0] === entry[0]);
    if (i === -1) {
      list.push(entry);
    } else {
      list[i] = entry;
      this[kEntries] = list.filter((x, j) => j <= i || x[0] !== entry[0]);
    }
  }

  keys() {
    if (!isFormData(this)) throw illegalInvocation();
    return formDataIterator(() => this[kEntries].slice(), 'key');
  }

  values() {
    if (!isFormData(this)) throw illegalInvocation();
    return formDataIterator(() => this[kEntries].slice(), 'value');
  }

  entries() {
    if (!isFormData(this)) throw illegalInvocation();
    return formDataIterator(() => this[kEntries].slice(), 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    if (!isFormData(this)) throw illegalInvocation();
    argCount("Failed to execute 'forEach' on 'FormData'", arguments.length, 1);
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.");
    }
    for (const [k, v] of this[kEntries].slice()) callback.call(thisArg, v, k, this);
  }

  [customInspect](depth, options) {
    const fields = {};
    for (const [k, v] of this[kEntries]) {
      if (Object.prototype.hasOwnProperty.call(fields, k)) {
        fields[k] = Array.isArray(fields[k]) ? [...fields[k], v] : [fields[k], v];
      } else {
        fields[k] = v;
      }
    }
    options.depth ??= depth;
    return `FormData ${lazyInspect().formatWithOptions(options, fields)}`;
  }
}
FormData.prototype[Symbol.iterator] = FormData.prototype.entries;
defineTag(FormData, 'FormData');
enumerableMethods(FormData, ['append', 'delete', 'get', 'getAll', 'has', 'set', 'keys', 'values', 'entries', 'forEach']);

const encoder = new TextEncoder();
function formdataEscape(s) { return s.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22'); }
function normalizeLinefeeds(s) { return s.replace(/\r?\n|\r/g, '\r\n'); }

function encodeMultipart(form) {
  const boundary = `----formdata-undici-0${`${Math.floor(Math.random() * 1e11)}`.padStart(11, '0')}`;
  const prefix = `--${boundary}\r\nContent-Disposition: form-data`;
  const parts = [];
  for (const [name, value] of form[kEntries]) {
    if (typeof value === 'string') {
      parts.push(Buffer.from(`${prefix}; name="${formdataEscape(normalizeLinefeeds(name))}"\r\n\r\n${normalizeLinefeeds(value)}\r\n`));
    } else {
      parts.push(Buffer.from(`${prefix}; name="${formdataEscape(normalizeLinefeeds(name))}"` +
        (value.name ? `; filename="${formdataEscape(value.name)}"` : '') +
        `\r\nContent-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`));
      parts.push(getBlobBytes(value), Buffer.from('\r\n'));
    }
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { bytes: Buffer.concat(parts), type: `multipart/form-data; boundary=${boundary}` };
}

function parsingError(cause) {
  return new TypeError('Failed to parse body as FormData.', { cause: new TypeError(cause) });
}

function parseContentType(value) {
  if (value == null) return null;
  const parts = value.split(';');
  const essence = parts[0].trim().toLowerCase();
  const params = new Map();
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i];
    const eq = p.indexOf('=');
    if (eq === -1) continue;
    const k = p.slice(0, eq).trim().toLowerCase();
    let v = p.slice(eq + 1).trim();
    if (v.startsWith('"')) v = v.slice(1, v.endsWith('"') && v.length > 1 ? -1 : undefined);
    if (!params.has(k)) params.set(k, v);
  }
  return { essence, params };
}

function indexOfBytes(buf, needle, from) {
  return buf.indexOf(needle, from);
}

function unescapeFormName(s) {
  return s.replace(/%0A/gi, '\n').replace(/%0D/gi, '\r').replace(/%22/g, '"');
}

function decodeMultipart(bytes, boundary) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const delim = Buffer.from(`--${boundary}`);
  const fd = new FormData();
  let pos = indexOfBytes(buf, delim, 0);
  if (pos !== 0) {
    // preamble allowed only before the first delimiter line
    if (pos === -1) throw parsingError('expected a value starting with -- and the boundary');
  }
  pos += delim.length;
  for (;;) {
    if (buf[pos] === 0x2d && buf[pos + 1] === 0x2d) return fd; // closing delimiter
    if (buf[pos] !== 0x0d || buf[pos + 1] !== 0x0a) throw parsingError('expected CRLF');
    pos += 2;
    const headEnd = indexOfBytes(buf, '\r\n\r\n', pos);
    if (headEnd === -1) throw parsingError('expected CRLF');
    const headText = buf.latin1Slice ? buf.latin1Slice(pos, headEnd) : buf.toString('latin1', pos, headEnd);
    let name = null;
    let filename = null;
    let contentType = null;
    for (const line of headText.split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon === -1) continue;
      const hname = line.slice(0, colon).trim().toLowerCase();
      const hvalue = line.slice(colon + 1).trim();
      if (hname === 'content-disposition') {
        const m = /(?:^|;)\s*name="([^"]*)"/i.exec(hvalue);
        if (m) name = m[1];
        const f = /;\s*filename="([^"]*)"/i.exec(hvalue);
        if (f) filename = f[1];
      } else if (hname === 'content-type') {
        contentType = hvalue;
      }
    }
    if (name === null) throw parsingError('name attribute is required in Content-Disposition header');
    const bodyStart = headEnd + 4;
    const next = indexOfBytes(buf, Buffer.from(`\r\n--${boundary}`), bodyStart);
    if (next === -1) throw parsingError('expected boundary after body');
    const content = buf.subarray(bodyStart, next);
    name = unescapeFormName(Buffer.from(name, 'latin1').toString('utf8'));
    if (filename !== null) {
      filename = unescapeFormName(Buffer.from(filename, 'latin1').toString('utf8'));
      fd.append(name, new File([content], filename, { type: contentType ?? '' }));
    } else {
      fd.append(name, content.toString('utf8'));
    }
    pos = next + 2 + delim.length;
  }
}

// ---- bodies ----

// A body is { bytes } (known bytes), { net, decode } (a network response still in Go),
// { stream } (a ReadableStream given by the program); plus `source` for re-sending on redirects
// and the lazily made `stream` the body getter returns.
const kState = Symbol('state');

function streamClass() {
  const RS = globalThis.ReadableStream;
  if (typeof RS !== 'function') return null;
  return RS;
}

function isReadableStream(v) {
  const RS = streamClass();
  return RS !== null && v instanceof RS;
}

function bufferOf(v) {
  if (ArrayBuffer.isView(v)) return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  return Buffer.from(v);
}

function isBufferSource(v) {
  return ArrayBuffer.isView(v) || v instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);
}

function extractBody(object) {
  if (typeof object === 'string') {
    return { body: { bytes: Buffer.from(object, 'utf8'), source: object }, type: 'text/plain;charset=UTF-8' };
  }
  if (object instanceof URLSearchParams) {
    return { body: { bytes: Buffer.from(object.toString(), 'utf8'), source: object }, type: 'application/x-www-form-urlencoded;charset=UTF-8' };
  }
  if (isBufferSource(object)) {
    return { body: { bytes: Buffer.from(bufferOf(object)), source: object }, type: null };
  }
  if (isFormData(object)) {
    const { bytes, type } = encodeMultipart(object);
    return { body: { bytes, source: object }, type };
  }
  if (isBlob(object)) {
    return { body: { bytes: getBlobBytes(object), source: object }, type: object.type || null };
  }
  if (object !== null && typeof object === 'object' && typeof object[Symbol.asyncIterator] === 'function') {
    if (object.locked) throw new TypeError('Response body object should not be disturbed or locked');
    let stream = object;
    if (!isReadableStream(object)) {
      const RS = streamClass();
      if (RS === null) throw new TypeError('async iterable bodies need ReadableStream');
      stream = RS.from(object);
    }
    return { body: { stream, source: null, user: true }, type: null };
  }
  return { body: { bytes: Buffer.from(`${object}`, 'utf8'), source: `${object}` }, type: 'text/plain;charset=UTF-8' };
}

function bodyStream(body) {
  if (body.stream) return body.stream;
  const RS = streamClass();
  if (RS === null) return undefined;
  if (body.bytes) {
    let bytes = body.bytes;
    const stream = body.stream = new RS({
      type: 'bytes',
      pull(c) {
        // a tee'd stream (clone) is read by its branches: the body is the branch now
        if (body.stream === stream) body.disturbed = true;
        if (bytes.length) c.enqueue(new Uint8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)));
        bytes = null;
        c.close();
      },
    });
    return body.stream;
  }
  if (body.net !== undefined) {
    const id = body.net;
    let started = false;
    let paused = false;
    const stream = body.stream = new RS({
      type: 'bytes',
      pull(c) {
        if (body.stream === stream) body.disturbed = true;
        if (started) {
          if (paused) { paused = false; binding.flow(id); }
          return;
        }
        started = true;
        binding.flow(id, body.decode, (chunk, err) => {
          if (chunk === null) { try { c.close(); } catch {} return; }
          if (chunk === undefined) { try { c.error(bodyError(err, body)); } catch {} return; }
          try { c.enqueue(new Uint8Array(chunk)); } catch { return; }
          if (c.desiredSize < -(2 << 20) && !paused) { paused = true; binding.pause(id); }
        });
      },
      cancel() { binding.abort(id); },
    });
    return body.stream;
  }
  return undefined;
}

function bodyError(err, body) {
  if (err.kind === 'abort') return body.abortReason ?? new DOMException('This operation was aborted', 'AbortError');
  if (err.kind === 'socket') return new TypeError('terminated', { cause: socketError(err.message) });
  return new TypeError('terminated', { cause: new Error(err.message) });
}

function socketError(message) {
  const e = new Error(message);
  e.name = 'SocketError';
  e.code = 'UND_ERR_SOCKET';
  return e;
}

function bodyUnusable(body) {
  if (body == null) return false;
  if (body.disturbed) return true;
  return body.stream !== undefined && body.stream !== null && body.stream.locked;
}

async function readStream(stream) {
  const reader = stream.getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    if (!(value instanceof Uint8Array)) {
      throw new TypeError('Received non-Uint8Array chunk');
    }
    chunks.push(value);
    total += value.length;
  }
  return Buffer.concat(chunks, total);
}

function consumeAll(body) {
  if (body == null) return Promise.resolve(Buffer.alloc(0));
  if (body.stream) {
    body.disturbed = true;
    return readStream(body.stream);
  }
  body.disturbed = true;
  if (body.bytes) return Promise.resolve(body.bytes);
  if (body.net !== undefined) {
    return new Promise((resolve, reject) => {
      binding.readAll(body.net, body.decode, (err, ab) => {
        if (err) reject(bodyError(err, body));
        else resolve(Buffer.from(ab));
      });
    });
  }
  return Promise.resolve(Buffer.alloc(0));
}

function utf8Text(buf) {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
  return buf.toString('utf8');
}

function bodyMixin(cls, brand) {
  function consume(self, convert) {
    if (!brand(self)) return Promise.reject(illegalInvocation());
    const body = self[kState].body;
    if (bodyUnusable(body)) return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
    return consumeAll(body).then(convert);
  }
  const methods = {
    blob() {
      return consume(this, (buf) => {
        const ct = this[kState].headers[kList].get('content-type');
        return new Blob([buf], { type: ct ? parsedMime(ct.value) : '' });
      });
    },
    arrayBuffer() {
      return consume(this, (buf) => {
        const ab = new ArrayBuffer(buf.length);
        new Uint8Array(ab).set(buf);
        return ab;
      });
    },
    text() { return consume(this, utf8Text); },
    json() { return consume(this, (buf) => JSON.parse(utf8Text(buf))); },
    formData() {
      return consume(this, (buf) => {
        const ct = parseContentType(listGet(this[kState].headers, 'content-type'));
        if (ct !== null && ct.essence === 'multipart/form-data') {
          const boundary = ct.params.get('boundary');
          if (!boundary) throw parsingError('missing boundary in content-type header');
          return decodeMultipart(buf, boundary);
        }
        if (ct !== null && ct.essence === 'application/x-www-form-urlencoded') {
          const fd = new FormData();
          for (const [k, v] of new URLSearchParams(buf.toString('utf8'))) fd.append(k, v);
          return fd;
        }
        throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
      });
    },
    bytes() {
      return consume(this, (buf) => {
        const u8 = new Uint8Array(buf.length);
        u8.set(buf);
        return u8;
      });
    },
  };
  for (const name of Object.keys(methods)) {
    Object.defineProperty(cls.prototype, name, {
      __proto__: null, value: methods[name], writable: true, enumerable: true, configurable: true,
    });
  }
  Object.defineProperty(cls.prototype, 'body', {
    __proto__: null, enumerable: true, configurable: true,
    get() {
      if (!brand(this)) throw illegalInvocation();
      const body = this[kState].body;
      if (body == null) return null;
      return bodyStream(body) ?? null;
    },
  });
  Object.defineProperty(cls.prototype, 'bodyUsed', {
    __proto__: null, enumerable: true, configurable: true,
    get() {
      if (!brand(this)) throw illegalInvocation();
      const body = this[kState].body;
      return body != null && !!body.disturbed;
    },
  });
}

function parsedMime(value) {
  const ct = parseContentType(value);
  if (ct === null || !/^[^\s/]+\/[^\s/]+$/.test(ct.essence)) return '';
  let s = ct.essence;
  for (const [k, v] of ct.params) s += `;${k}=${/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(v) ? v : `"${v.replace(/(["\\])/g, '\\$1')}"`}`;
  return s;
}

function cloneBody(body) {
  if (body == null) return null;
  if (body.bytes && !body.stream) return { bytes: body.bytes, source: body.source };
  const stream = bodyStream(body);
  if (!stream) throw new TypeError('clone() of a streamed body needs ReadableStream');
  const [a, b] = stream.tee();
  body.stream = a;
  return { stream: b, source: body.source };
}

// ---- Request ----

const kRequest = Symbol('request');
function isRequest(v) { return v !== null && typeof v === 'object' && v[kRequest] === true; }

const forbiddenMethods = new Set(['CONNECT', 'TRACE', 'TRACK']);
const normalizedMethods = { delete: 'DELETE', get: 'GET', head: 'HEAD', options: 'OPTIONS', post: 'POST', put: 'PUT' };
const modes = ['same-origin', 'no-cors', 'cors'];
const credentialsValues = ['omit', 'same-origin', 'include'];
const cacheValues = ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'];
const redirectValues = ['follow', 'manual', 'error'];
const referrerPolicies = ['', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin', 'strict-origin',
  'origin-when-cross-origin', 'strict-origin-when-cross-origin', 'unsafe-url'];
const duplexValues = ['half'];

function enumValue(v, allowed, field) {
  if (v === undefined) return undefined;
  v = `${v}`;
  if (!allowed.includes(v)) {
    throw new TypeError(`undefined: ${v} is not an accepted type. Expected one of ${allowed.join(', ')}.`);
  }
  return v;
}

let patchWarned = false;

class Request {
  constructor(input, init = undefined) {
    argCount('Request constructor', arguments.length, 1);
    if (init !== undefined && init !== null && typeof init !== 'object' && typeof init !== 'function') {
      throw new TypeError("Request constructor: Expected init (\"Argument 2\") to be an instance of RequestInit.");
    }
    init ??= {};
    let st;
    let fallbackMode = null;
    let signal = null;
    if (typeof input === 'string' || !isRequest(input)) {
      input = `${input}`;
      let url;
      try {
        url = new URL(input);
      } catch (err) {
        throw new TypeError(`Failed to parse URL from ${input}`, { cause: err });
      }
      if (url.username || url.password) {
        throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
      }
      st = {
        method: 'GET', url, headers: null, body: null, mode: 'cors', credentials: 'same-origin',
        cache: 'default', redirect: 'follow', referrer: 'about:client', referrerPolicy: '',
        integrity: '', keepalive: false, duplex: 'half', reloadNavigation: false, historyNavigation: false,
        urlList: [url],
      };
      fallbackMode = 'cors';
    } else {
      const src = input[kState];
      st = { ...src, url: src.url, urlList: [...src.urlList] };
      signal = src.signal;
    }
    const initKeys = ['body', 'cache', 'credentials', 'duplex', 'headers', 'integrity', 'keepalive', 'method', 'mode',
      'priority', 'redirect', 'referrer', 'referrerPolicy', 'signal', 'window'];
    const hasInit = initKeys.some((k) => init[k] !== undefined);
    if (hasInit && st.mode === 'navigate') st.mode = 'same-origin';
    if (init.referrer !== undefined) {
      const r = `${init.referrer}`;
      if (r === '') st.referrer = 'no-referrer';
      else {
        let parsed;
        try { parsed = new URL(r, 'http://localhost/'); } catch (err) {
          throw new TypeError(`Referrer "${r}" is not a valid URL.`, { cause: err });
        }
        st.referrer = parsed.protocol === 'about:' && parsed.hostname === 'client' ? 'about:client' : parsed.href;
      }
    }
    const referrerPolicy = enumValue(init.referrerPolicy, referrerPolicies);
    if (referrerPolicy !== undefined) st.referrerPolicy = referrerPolicy;
    let mode = init.mode;
    if (mode !== undefined) {
      mode = `${mode}`;
      if (mode === 'navigate') throw new TypeError('Request constructor: invalid request mode navigate.');
      mode = enumValue(mode, [...modes, 'navigate']);
    } else {
      mode = fallbackMode;
    }
    if (mode != null) st.mode = mode;
    const credentials = enumValue(init.credentials, credentialsValues);
    if (credentials !== undefined) st.credentials = credentials;
    const cache = enumValue(init.cache, cacheValues);
    if (cache !== undefined) {
      st.cache = cache;
      if (cache === 'only-if-cached' && st.mode !== 'same-origin') {
        throw new TypeError("'only-if-cached' can be set only with 'same-origin' mode");
      }
    }
    const redirect = enumValue(init.redirect, redirectValues);
    if (redirect !== undefined) st.redirect = redirect;
    if (init.integrity != null) st.integrity = `${init.integrity}`;
    if (init.keepalive !== undefined) st.keepalive = !!init.keepalive;
    if (init.method !== undefined) {
      let method = init.method;
      if (typeof method !== 'string' || !tokenRe.test(method)) {
        throw new TypeError(`'${method}' is not a valid HTTP method.`);
      }
      const upper = method.toUpperCase();
      if (forbiddenMethods.has(upper)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
      method = normalizedMethods[method.toLowerCase()] ?? method;
      if (method === 'patch' && !patchWarned) {
        patchWarned = true;
        process.emitWarning('Using `patch` is highly likely to result in a `405 Method Not Allowed`. `PATCH` is much more likely to succeed.', { code: 'UNDICI-FETCH-patch' });
      }
      st.method = method;
    }
    if (init.signal !== undefined) signal = init.signal;
    if (signal != null && (typeof signal !== 'object' || !('aborted' in signal))) {
      throw new TypeError(`RequestInit: Expected signal ("${lazyInspect().inspect(signal)}") to be an instance of AbortSignal.`);
    }
    const ac = new AbortController();
    markUncloneable(this);
    this[kRequest] = true;
    this[kState] = st;
    st.signal = ac.signal;
    if (signal != null) {
      if (signal.aborted) ac.abort(signal.reason);
      else signal.addEventListener('abort', () => ac.abort(signal.reason), { once: true });
    }
    // headers
    const headers = new Headers();
    const src = init.headers !== undefined ? init.headers : (isRequest(input) ? input[kState].headers : undefined);
    if (src !== undefined) {
      if (isHeaders(src)) {
        for (const [lower, e] of src[kList]) headers[kList].set(lower, { name: e.name, value: e.value });
        if (src[kCookies]) headers[kCookies] = [...src[kCookies]];
      } else {
        fillHeaders(headers, src);
      }
    }
    headers[kGuard] = 'request';
    st.headers = headers;
    const inputBody = isRequest(input) ? input[kState].body : null;
    if ((init.body != null || inputBody != null) && (st.method === 'GET' || st.method === 'HEAD')) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    let body = null;
    if (init.body != null) {
      const { body: b, type } = extractBody(init.body);
      body = b;
      if (type !== null && !headers[kList].has('content-type')) listAppend(headers, 'content-type', type);
    }
    const finalBody = body ?? inputBody;
    if (finalBody != null && finalBody.source == null) {
      if (init.body != null && init.duplex == null) {
        throw new TypeError('RequestInit: duplex option is required when sending a body.');
      }
      if (st.mode !== 'same-origin' && st.mode !== 'cors') {
        throw new TypeError('If request is made from ReadableStream, mode should be "same-origin" or "cors"');
      }
    }
    if (init.duplex !== undefined) enumValue(init.duplex, duplexValues);
    if (body === null && inputBody !== null) {
      if (bodyUnusable(inputBody)) throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
      body = cloneBody(inputBody);
      inputBody.disturbed = true;
    }
    st.body = body;
  }

  get method() { if (!isRequest(this)) throw illegalInvocation(); return this[kState].method; }
  get url() { if (!isRequest(this)) throw illegalInvocation(); return this[kState].url.href; }
  get headers() { if (!isRequest(this)) throw illegalInvocation(); return this[kState].headers; }
  get destination() { if (!isRequest(this)) throw illegalInvocation(); return ''; }
  get referrer() {
    if (!isRequest(this)) throw illegalInvocation();
    const r = this[kState].referrer;
    if (r === 'no-referrer') return '';
    return r;
  }
  get referrerPolicy() { if (!isRequest(this)) throw illegalInvocation(); return this[kState].referrerPolicy; }
  get mode() { if (!isRequest(this)) throw illegalInvocation(); return this[kState].mode; }
  get credentials() { if (!isRequest(this)) throw illegalInvocation(); return this[kState].credentials; }
  get cache() { if (!isRequest(this)) throw illegalInvocation(); return this[kState].cache; }
  get redirect() { if (!isRequest(this)) throw illegalInvocation(); return this[kState].redirect; }
  get integrity() { if (!isRequest(this)) throw illegalInvocation(); return this[kState].integrity; }
  get keepalive() { if (!isRequest(this)) throw illegalInvocation(); return this[kState].keepalive; }
  get isReloadNavigation() { if (!isRequest(this)) throw illegalInvocation(); return false; }
  get isHistoryNavigation() { if (!isRequest(this)) throw illegalInvocation(); return false; }
  get signal() { if (!isRequest(this)) throw illegalInvocation(); return this[kState].signal; }
  get duplex() { if (!isRequest(this)) throw illegalInvocation(); return 'half'; }

  clone() {
    if (!isRequest(this)) throw illegalInvocation();
    if (bodyUnusable(this[kState].body)) throw new TypeError('Request.clone: Body has already been consumed.');
    const r = Object.create(Request.prototype);
    markUncloneable(r);
    const st = this[kState];
    r[kRequest] = true;
    const ac = new AbortController();
    if (st.signal.aborted) ac.abort(st.signal.reason);
    else st.signal.addEventListener('abort', () => ac.abort(st.signal.reason), { once: true });
    r[kState] = { ...st, headers: copyHeaders(st.headers, st.headers[kGuard]), body: cloneBody(st.body), signal: ac.signal };
    return r;
  }

  [customInspect](depth, options) {
    if (depth < 0) return this;
    options.depth ??= depth;
    const fields = {
      method: this.method, url: this.url, headers: this.headers, destination: this.destination,
      referrer: this.referrer, referrerPolicy: this.referrerPolicy, mode: this.mode,
      credentials: this.credentials, cache: this.cache, redirect: this.redirect, integrity: this.integrity,
      keepalive: this.keepalive, isReloadNavigation: this.isReloadNavigation,
      isHistoryNavigation: this.isHistoryNavigation, signal: this.signal,
    };
    return `Request ${lazyInspect().formatWithOptions(options, fields)}`;
  }
}
bodyMixin(Request, isRequest);
defineTag(Request, 'Request');
enumerableMethods(Request, ['method', 'url', 'headers', 'redirect', 'clone', 'signal', 'duplex', 'destination',
  'referrer', 'referrerPolicy', 'mode', 'credentials', 'cache', 'integrity', 'keepalive', 'isReloadNavigation',
  'isHistoryNavigation']);

// ---- Response ----

const kResponse = Symbol('response');
function isResponse(v) { return v !== null && typeof v === 'object' && v[kResponse] === true; }
const nullBodyStatus = [101, 204, 205, 304];
const redirectStatus = [301, 302, 303, 307, 308];

function makeResponse(st) {
  const r = Object.create(Response.prototype);
  markUncloneable(r);
  r[kResponse] = true;
  r[kState] = st;
  return r;
}

function initResponse(st, init, body) {
  if (init.status != null) {
    const status = Number(init.status);
    if (!(status >= 200 && status <= 599)) {
      throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
    }
  }
  if (init.statusText != null) {
    const text = `${init.statusText}`;
    if (!/^[\t\x20-\x7e\x80-\xff]*$/.test(text)) throw new TypeError('Invalid statusText');
  }
  if (init.status != null) st.status = Math.trunc(Number(init.status)) & 0xffff;
  if (init.statusText != null) st.statusText = `${init.statusText}`;
  if (init.headers != null) fillHeaders(st.headers, init.headers);
  if (body !== null) {
    if (nullBodyStatus.includes(st.status)) {
      throw new TypeError(`Response constructor: Invalid response status code ${st.status}`);
    }
    st.body = body.body;
    if (body.type !== null && !st.headers[kList].has('content-type')) listAppend(st.headers, 'content-type', body.type);
  }
}

function newState() {
  const headers = new Headers();
  headers[kGuard] = 'response';
  return { type: 'default', status: 200, statusText: '', headers, body: null, urlList: [], redirected: false };
}

class Response {
  constructor(body = null, init = undefined) {
    if (init !== undefined && init !== null && typeof init !== 'object') {
      throw new TypeError("Response constructor: Expected init (\"Argument 2\") to be an instance of ResponseInit.");
    }
    markUncloneable(this);
    this[kResponse] = true;
    const st = this[kState] = newState();
    initResponse(st, init ?? {}, body === null ? null : extractBody(body));
  }

  static error() {
    const st = newState();
    st.type = 'error';
    st.status = 0;
    st.headers[kGuard] = 'immutable';
    return makeResponse(st);
  }

  static json(data, init = undefined) {
    argCount('Response.json', arguments.length, 1);
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const st = newState();
    const r = makeResponse(st);
    initResponse(st, init ?? {}, { body: { bytes: Buffer.from(text, 'utf8'), source: text }, type: 'application/json' });
    return r;
  }

  static redirect(url, status = 302) {
    argCount('Response.redirect', arguments.length, 1);
    let parsed;
    try {
      parsed = new URL(`${url}`);
    } catch (err) {
      throw new TypeError(`Failed to parse URL from ${url}`, { cause: err });
    }
    status = Number(status);
    if (!redirectStatus.includes(status)) throw new RangeError(`Invalid status code ${status}`);
    const st = newState();
    st.status = status;
    listSet(st.headers, 'location', parsed.href);
    st.headers[kGuard] = 'immutable';
    return makeResponse(st);
  }

  get type() { if (!isResponse(this)) throw illegalInvocation(); return this[kState].type; }
  get url() {
    if (!isResponse(this)) throw illegalInvocation();
    const list = this[kState].urlList;
    if (list.length === 0) return '';
    const u = new URL(list[list.length - 1].href);
    u.hash = '';
    return u.href;
  }
  get redirected() { if (!isResponse(this)) throw illegalInvocation(); return this[kState].urlList.length > 1; }
  get status() { if (!isResponse(this)) throw illegalInvocation(); return this[kState].status; }
  get ok() {
    if (!isResponse(this)) throw illegalInvocation();
    const s = this[kState].status;
    return s >= 200 && s <= 299;
  }
  get statusText() { if (!isResponse(this)) throw illegalInvocation(); return this[kState].statusText; }
  get headers() { if (!isResponse(this)) throw illegalInvocation(); return this[kState].headers; }

  clone() {
    if (!isResponse(this)) throw illegalInvocation();
    const st = this[kState];
    if (bodyUnusable(st.body)) throw new TypeError('Response.clone: Body has already been consumed.');
    return makeResponse({ ...st, headers: copyHeaders(st.headers, st.headers[kGuard]), body: cloneBody(st.body), urlList: [...st.urlList] });
  }

  [customInspect](depth, options) {
    if (depth < 0) return this;
    options.depth ??= depth;
    const fields = {
      status: this.status, statusText: this.statusText, headers: this.headers, body: this.body,
      bodyUsed: this.bodyUsed, ok: this.ok, redirected: this.redirected, type: this.type, url: this.url,
    };
    return `Response ${lazyInspect().formatWithOptions(options, fields)}`;
  }
}
bodyMixin(Response, isResponse);
defineTag(Response, 'Response');
enumerableMethods(Response, ['type', 'url', 'status', 'ok', 'redirected', 'statusText', 'headers', 'clone']);
for (const name of ['error', 'json', 'redirect']) {
  const d = Object.getOwnPropertyDescriptor(Response, name);
  d.enumerable = true;
  Object.defineProperty(Response, name, d);
}

// ---- fetch ----

function fetchFailed(cause) {
  const err = new TypeError('fetch failed', { cause });
  Object.defineProperty(err, 'stack', {
    __proto__: null, value: 'TypeError: fetch failed', writable: true, configurable: true, enumerable: false,
  });
  return err;
}

function networkCause(err) {
  switch (err.kind) {
    case 'connect': {
      const e = new ExceptionWithHostPort(err.errno, 'connect', err.address, Number(err.port));
      return e;
    }
    case 'dns': {
      const e = new Error(`getaddrinfo ${err.code} ${err.hostname}`);
      e.errno = err.code === 'ENOTFOUND' ? -3008 : -3001;
      e.code = err.code;
      e.syscall = 'getaddrinfo';
      e.hostname = err.hostname;
      return e;
    }
    case 'socket': return socketError(err.message);
    case 'headers-overflow': {
      const e = new Error('Headers Overflow Error');
      e.name = 'HeadersOverflowError';
      e.code = 'UND_ERR_HEADERS_OVERFLOW';
      return e;
    }
    case 'parse': {
      const e = new Error(err.message);
      e.name = 'HTTPParserError';
      return e;
    }
    case 'tls': {
      const e = new Error(err.message);
      if (err.code !== undefined) e.code = err.code;
      return e;
    }
    case 'altname': {
      // worded by the same checkServerIdentity tls.connect uses
      const cert = internalBinding('internal/tls_wrap').certFromDER(new Uint8Array(err.cert));
      const e = cert && require('tls').checkServerIdentity(err.host, cert);
      if (e) return e;
      const fallback = new Error(err.message);
      fallback.code = 'ERR_TLS_CERT_ALTNAME_INVALID';
      return fallback;
    }
    default: return new Error(err.message);
  }
}

function abortReason(signal) {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

function parseDataURL(url) {
  const href = url.href;
  let input = href.slice(5);
  const hash = input.indexOf('#');
  if (hash !== -1) input = input.slice(0, hash);
  const comma = input.indexOf(',');
  if (comma === -1) return null;
  let mime = input.slice(0, comma).replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
  let body = Buffer.from(decodeURIComponentBytes(input.slice(comma + 1)));
  const b64 = /;[\x20]*base64$/i.exec(mime);
  if (b64) {
    mime = mime.slice(0, b64.index);
    const text = body.toString('latin1').replace(/[\t\n\f\r ]/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || (text.replace(/=+$/, '').length % 4 === 1)) return null;
    body = Buffer.from(text, 'base64');
  }
  if (mime.startsWith(';')) mime = `text/plain${mime}`;
  let type = parsedMime(mime);
  if (type === '') type = 'text/plain;charset=US-ASCII';
  return { type, body };
}

function decodeURIComponentBytes(s) {
  const out = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x25 && /^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3))) {
      out.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c < 0x80) {
      out.push(c);
    } else {
      for (const b of Buffer.from(s[i], 'utf8')) out.push(b);
    }
  }
  return out;
}

// undici re-captures the stack of whatever fetch rejects with from a promise reaction, where
// no frames are left: the stack is the bare "Name: message" header.
function bareStack(err) {
  if (err !== null && typeof err === 'object') {
    let header;
    try {
      const name = err.name === undefined ? 'Error' : `${err.name}`;
      const msg = err.message === undefined ? '' : `${err.message}`;
      header = name === '' ? msg : msg === '' ? name : `${name}: ${msg}`;
    } catch {
      return err;
    }
    Object.defineProperty(err, 'stack', {
      __proto__: null, value: header, writable: true, configurable: true, enumerable: false,
    });
    // with no frame of its own, an unhandled one is reported where Node's rejection
    // machinery rethrows it
    try {
      Object.defineProperty(err, internals.arrowSymbol, {
        __proto__: null, value: rejectionArrow, configurable: true, writable: true,
      });
    } catch {
      // a frozen reason keeps its own header
    }
  }
  throw err;
}

function fetch(input, init = undefined) {
  return fetchImpl(input, init, arguments.length).catch(bareStack);
}

function fetchImpl(input, init, argc) {
  let request;
  try {
    request = new Request(input, init);
  } catch (err) {
    return Promise.reject(err);
  }
  const st = request[kState];
  const signal = st.signal;
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise((resolve, reject) => {
    const ctx = { request, st, resolve, reject, current: null, done: false, response: null, redirects: 0 };
    const onAbort = () => {
      const reason = abortReason(signal);
      if (ctx.current !== null) binding.abort(ctx.current);
      if (!ctx.done) {
        ctx.done = true;
        reject(reason);
      } else if (ctx.response !== null) {
        const body = ctx.response[kState].body;
        if (body) body.abortReason = reason;
        if (body && body.stream) {
          try { body.stream.cancel(reason); } catch {}
        }
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });
    ctx.cleanup = () => signal.removeEventListener('abort', onAbort);
    mainFetch(ctx, st.url);
  });
}

function fail(ctx, cause) {
  if (ctx.done) return;
  ctx.done = true;
  ctx.cleanup();
  ctx.reject(fetchFailed(cause));
}

function mainFetch(ctx, url) {
  const st = ctx.st;
  const scheme = url.protocol;
  if ((scheme === 'http:' || scheme === 'https:') && binding.isBadPort(url.port)) {
    // the fetch spec's port blocklist: refused before connecting, on redirects too
    return fail(ctx, new Error('bad port'));
  }
  if (scheme === 'data:') {
    const parsed = parseDataURL(url);
    if (parsed === null) return fail(ctx, new TypeError('failed to fetch the data URL'));
    const rst = newState();
    rst.type = 'basic';
    rst.statusText = 'OK';
    listAppend(rst.headers, 'content-type', parsed.type);
    rst.headers[kGuard] = 'immutable';
    rst.body = { bytes: parsed.body, source: parsed.body };
    rst.urlList = [...st.urlList];
    ctx.done = true;
    ctx.cleanup();
    ctx.resolve(makeResponse(rst));
    return;
  }
  if (scheme === 'about:') return fail(ctx, new Error('about scheme is not supported'));
  if (scheme === 'blob:') return fail(ctx, new TypeError('invalid method'));
  if (scheme !== 'http:' && scheme !== 'https:') return fail(ctx, new Error('unknown scheme'));
  httpFetch(ctx, url);
}

function wireHeaders(st, url) {
  const h = st.headers;
  const list = h[kList];
  const out = [];
  let hasAccept = false;
  let hasLang = false;
  let hasUA = false;
  let hasEnc = false;
  let hasRange = false;
  for (const [lower, e] of list) {
    if (lower === 'host' || lower === 'connection' || lower === 'content-length' || lower === 'transfer-encoding' || lower === 'keep-alive') continue;
    out.push(e.name, e.value);
    if (lower === 'accept') hasAccept = true;
    else if (lower === 'accept-language') hasLang = true;
    else if (lower === 'user-agent') hasUA = true;
    else if (lower === 'accept-encoding') hasEnc = true;
    else if (lower === 'range') hasRange = true;
  }
  if (!hasAccept) out.push('accept', '*/*');
  if (!hasLang) out.push('accept-language', '*');
  out.push('sec-fetch-mode', st.mode);
  if (!hasUA) out.push('user-agent', 'node');
  if (hasRange) out.push('accept-encoding', 'identity');
  else if (!hasEnc) out.push('accept-encoding', url.protocol === 'https:' ? 'br, gzip, deflate' : 'gzip, deflate');
  return out;
}

function insecureTLS(url) {
  return url.protocol === 'https:' && require('internal/tls/options').getAllowUnauthorized();
}

function httpFetch(ctx, url) {
  const st = ctx.st;
  const body = st.body;
  let bytes = null;
  let streamed = null;
  if (body != null) {
    if (body.bytes && !body.stream) bytes = body.bytes;
    else streamed = bodyStream(body);
  }
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  let hostname = url.hostname;
  if (hostname.startsWith('[')) hostname = hostname.slice(1, -1);
  const target = (url.pathname || '/') + url.search;
  const id = binding.request(st.method, url.protocol.slice(0, -1), hostname, port, target, url.host,
    wireHeaders(st, url), bytes, streamed !== null, insecureTLS(url), (err, status, statusText, rawHeaders) => {
      if (err) {
        ctx.current = null;
        if (err.kind === 'abort') return;
        return fail(ctx, networkCause(err));
      }
      onResponse(ctx, url, id, status, statusText, rawHeaders);
    });
  ctx.current = id;
  if (streamed !== null) {
    body.disturbed = true;
    pumpRequestBody(ctx, id, streamed);
  }
}

async function pumpRequestBody(ctx, id, stream) {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      if (!(value instanceof Uint8Array)) {
        throw new TypeError('Received non-Uint8Array chunk');
      }
      binding.write(id, value);
    }
    binding.end(id);
  } catch (err) {
    binding.abort(id);
    if (!ctx.done) {
      ctx.done = true;
      ctx.cleanup();
      ctx.reject(fetchFailed(err));
    }
  }
}

function onResponse(ctx, url, id, status, statusText, rawHeaders) {
  const st = ctx.st;
  if (ctx.done) { binding.abort(id); return; }
  const headers = headersFromList(rawHeaders, 'immutable');
  const location = listGet(headers, 'location');
  if (redirectStatus.includes(status) && location !== null && st.redirect !== 'manual') {
    if (st.redirect === 'error') {
      binding.abort(id);
      ctx.current = null;
      return fail(ctx, new Error('unexpected redirect'));
    }
    let next;
    try {
      next = new URL(location, url);
    } catch (err) {
      binding.abort(id);
      return fail(ctx, err);
    }
    // drain the redirect's own body so its connection can be reused
    binding.readAll(id, false, () => {});
    ctx.current = null;
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      return fail(ctx, new TypeError('URL scheme must be a HTTP(S) scheme'));
    }
    if (ctx.redirects === 20) return fail(ctx, new TypeError('redirect count exceeded'));
    ctx.redirects++;
    if (status !== 303 && st.body != null && st.body.source == null) {
      return fail(ctx, new TypeError('Cannot follow redirect with a streamed body'));
    }
    if (((status === 301 || status === 302) && st.method === 'POST') || (status === 303 && st.method !== 'GET' && st.method !== 'HEAD')) {
      st.method = 'GET';
      st.body = null;
      for (const name of ['content-encoding', 'content-language', 'content-location', 'content-type', 'content-length']) {
        listDelete(st.headers, name);
      }
    }
    if (next.origin !== url.origin) {
      for (const name of ['authorization', 'proxy-authorization', 'cookie', 'host']) listDelete(st.headers, name);
    }
    if (st.body != null && st.body.source != null) st.body = extractBody(st.body.source).body;
    st.urlList.push(next);
    st.url = next;
    return mainFetch(ctx, next);
  }
  const rst = newState();
  rst.type = 'basic';
  rst.status = status;
  rst.statusText = statusText;
  rst.headers = headers;
  rst.urlList = [...st.urlList];
  const willDecode = st.method !== 'HEAD' && st.method !== 'CONNECT' && !nullBodyStatus.includes(status);
  if (nullBodyStatus.includes(status) || st.method === 'HEAD') {
    binding.readAll(id, false, () => {});
    rst.body = null;
  } else {
    rst.body = { net: id, decode: willDecode, source: null };
  }
  const response = makeResponse(rst);
  ctx.response = response;
  ctx.done = true;
  ctx.resolve(response);
}

// undici's prototypes list the body getters among the attributes, before the mixin methods
function reorder(proto, names) {
  const ds = names.map((n) => [n, Object.getOwnPropertyDescriptor(proto, n)]);
  for (const [n] of ds) delete proto[n];
  for (const [n, d] of ds) Object.defineProperty(proto, n, d);
}
const mixinNames = ['blob', 'arrayBuffer', 'text', 'json', 'formData', 'bytes'];
reorder(Response.prototype, ['type', 'url', 'redirected', 'status', 'ok', 'statusText', 'headers', 'body', 'bodyUsed', 'clone', ...mixinNames]);
reorder(Request.prototype, ['method', 'url', 'headers', 'destination', 'referrer', 'referrerPolicy', 'mode', 'credentials',
  'cache', 'redirect', 'integrity', 'keepalive', 'isReloadNavigation', 'isHistoryNavigation', 'signal', 'body', 'bodyUsed',
  'duplex', 'clone', ...mixinNames]);
Object.defineProperty(Request.prototype, 'attribute', { __proto__: null, value: undefined, enumerable: true });

module.exports = { fetch, Headers, Request, Response, FormData, kState, kList };
