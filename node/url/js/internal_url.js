'use strict';

// internal/url: the WHATWG URL and URLSearchParams classes. Their state lives in Go (see
// node/url/record.go): a URL holds its href and the offsets of its components, a
// URLSearchParams its list, each in one private field holding the Go record. The accessors and
// list methods on the prototypes are native; this glue keeps the constructors, the brand checks
// (which the natives call when their receiver is not the object they saw last), inspection and
// iteration.

const binding = internalBinding('internal/url');
const {
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_THIS,
    ERR_INVALID_TUPLE,
    ERR_INVALID_URL,
    ERR_INVALID_URL_SCHEME,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');

let lazyInspectMod;
function lazyInspect() {
  if (lazyInspectMod === undefined) lazyInspectMod = require('internal/util/inspect');
  return lazyInspectMod;
}
const kInspect = Symbol.for('nodejs.util.inspect.custom');

const kParse = Symbol('kParse');

function isURL(self) {
  return self != null && typeof self === 'object' && typeof self.href === 'string' &&
    self.protocol !== undefined && self.auth === undefined && self.path === undefined;
}

// URL's constructor is native (binding.URLBase, see node/url/url.go): a JS constructor would
// need `arguments` to tell new URL() from new URL(undefined), which the engine materialises on
// every call. The base parses; the field initializer below takes the record it left (false
// for URL.parse of an invalid URL; undefined when the base failed, and then it throws).
function throwURLError() { throw binding.takeError(); }

// urlOf(self, kind) is the brand check of the native accessors: the record, or the TypeError V8
// throws in Node for the private member the accessor touches there (kind 1: a private method's
// message, 2: #searchParams, otherwise #context).
let urlOf;

class URL extends binding.URLBase {
  #context = binding.takeContext() ?? throwURLError();

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    const u = new URL(input, base, kParse);
    return u.#context === false ? null : u;
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = `${input}`;
    if (base !== undefined) return binding.canParse(input, `${base}`, true);
    return binding.canParse(input, undefined, false);
  }

  // placeholders keeping Node's key order: Node's are plain functions (defined below)
  static createObjectURL(obj) {}
  static revokeObjectURL(url) {}

  static {
    urlOf = (self, kind) => {
      if (self == null || typeof self !== 'object' || !(#context in self)) {
        const member = kind === 1 ? 'URL' : kind === 2 ? '#searchParams' : '#context';
        if (self == null) throw new TypeError(`Cannot read properties of ${self} (reading '${member}')`);
        if (kind === 1) throw new TypeError('Receiver must be an instance of class URL');
        throw new TypeError(`Cannot read private member ${member} from an object whose class did not declare it`);
      }
      return self.#context;
    };
  }

  [kInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const ctor = getConstructorOf(this) || URL;
    const obj = { __proto__: { constructor: ctor } };
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    return `${ctor.name} ${lazyInspect().inspect(obj, opts)}`;
  }

  // Placeholders keeping Node's order of the prototype's keys: binding.installURL replaces them.
  toString() {}
  get href() { return undefined; }
  set href(value) {}
  get origin() { return undefined; }
  get protocol() { return undefined; }
  set protocol(value) {}
  get username() { return undefined; }
  set username(value) {}
  get password() { return undefined; }
  set password(value) {}
  get host() { return undefined; }
  set host(value) {}
  get hostname() { return undefined; }
  set hostname(value) {}
  get port() { return undefined; }
  set port(value) {}
  get pathname() { return undefined; }
  set pathname(value) {}
  get search() { return undefined; }
  set search(value) {}
  get searchParams() { return undefined; }
  get hash() { return undefined; }
  set hash(value) {}

  toJSON() {
    if (this == null) throw new TypeError(`Cannot read properties of ${this} (reading 'URL')`);
    return urlToString.call(this);
  }
}

binding.installURL(URL.prototype, urlOf, (query) => new URLSearchParams(query));
const urlToString = URL.prototype.toString;

// What the native base changes, put back as Node has it: URL.length is 1 and instances'
// prototype chain is URL.prototype -> Object.prototype. (The class itself must keep URLBase as
// its [[Prototype]]: that is where the engine finds the constructor to run.)
binding.setParseToken(kParse);
Object.setPrototypeOf(URL.prototype, Object.prototype);
Object.defineProperty(URL, 'length', { __proto__: null, value: 1, configurable: true });
Object.defineProperty(binding.URLBase, 'name', { __proto__: null, value: 'URL', configurable: true });

function getConstructorOf(obj) {
  while (obj) {
    const d = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (d !== undefined && typeof d.value === 'function' && d.value.name !== '') return d.value;
    obj = Object.getPrototypeOf(obj);
  }
  return null;
}


const enumerable = { enumerable: true };
Object.defineProperties(URL.prototype, {
  [Symbol.toStringTag]: { configurable: true, value: 'URL' },
  toString: enumerable, href: enumerable, origin: enumerable, protocol: enumerable,
  username: enumerable, password: enumerable, host: enumerable, hostname: enumerable,
  port: enumerable, pathname: enumerable, search: enumerable, searchParams: enumerable,
  hash: enumerable, toJSON: enumerable,
});
function createObjectURL(obj) {
  const Blob = globalThis.Blob;
  if (typeof Blob !== 'function' || !(obj instanceof Blob)) {
    throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
  }
  throw new ERR_INVALID_ARG_VALUE('obj', obj, 'cannot be stored: blob URLs are not supported');
}

function revokeObjectURL(url) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
}

Object.defineProperties(URL, {
  canParse: enumerable, parse: enumerable,
  createObjectURL: { __proto__: null, enumerable: true, value: createObjectURL },
  revokeObjectURL: { __proto__: null, enumerable: true, value: revokeObjectURL },
});

// ---------------------------------------------------------------------------------------------
// URLSearchParams

// USVString conversion: lone surrogates become U+FFFD (the scan is Go's).
function toUSV(v) {
  return binding.toUSV(`${v}`);
}

// paramsOf(self) is the brand check of the native methods: the record, or ERR_INVALID_THIS.
let paramsOf;

class URLSearchParams {
  #params;

  constructor(init = undefined) {
    if (init === undefined || typeof init === 'string') {
      this.#params = binding.newParams(this, init);
      return;
    }
    if (init === null || (typeof init !== 'object' && typeof init !== 'function')) {
      this.#params = binding.newParams(this, `${init}`);
      return;
    }
    const params = this.#params = binding.newParams(this, undefined);
    const method = init[Symbol.iterator];
    if (method === this[Symbol.iterator] && #params in init) {
      binding.paramsCopy(params, init.#params);
      return;
    }
    const list = [];
    if (method != null) {
      if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
      for (const pair of init) {
        if (pair == null || (typeof pair !== 'object' && typeof pair !== 'function') ||
            typeof pair[Symbol.iterator] !== 'function') {
          throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
        }
        const kv = Array.from(pair);
        if (kv.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
        list.push(toUSV(kv[0]), toUSV(kv[1]));
      }
    } else {
      const keys = Reflect.ownKeys(init);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        const desc = Reflect.getOwnPropertyDescriptor(init, key);
        if (desc !== undefined && desc.enumerable) {
          const typedKey = toUSV(key);
          const typedValue = toUSV(init[key]);
          // a record keeps the last value of a key that occurs twice after conversion
          let found = false;
          for (let j = 0; j < list.length; j += 2) {
            if (list[j] === typedKey) {
              list[j + 1] = typedValue;
              found = true;
              break;
            }
          }
          if (!found) list.push(typedKey, typedValue);
        }
      }
    }
    binding.paramsSetList(params, list);
  }

  static {
    paramsOf = (self) => {
      if (self == null || typeof self !== 'object' || !(#params in self)) throw new ERR_INVALID_THIS('URLSearchParams');
      return self.#params;
    };
  }

  [kInspect](recurseTimes, ctx) {
    const list = binding.paramsList(paramsOf(this));
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
    const { inspect } = lazyInspect();
    const inner = { ...ctx };
    if (recurseTimes !== null) inner.depth = recurseTimes - 1;
    const parts = [];
    for (let i = 0; i < list.length; i += 2) parts.push(`${inspect(list[i], inner)} => ${inspect(list[i + 1], inner)}`);
    return formatEntries(this.constructor.name, parts, ctx);
  }

  // Placeholders keeping Node's order of the prototype's keys: binding.installParams replaces
  // them.
  get size() { return undefined; }
  append() {}
  delete() {}
  get() {}
  getAll() {}
  has() {}
  set() {}
  sort() {}

  entries() {
    return createIterator(paramsOf(this), 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    const params = paramsOf(this);
    validateFunction(callback, 'callback');
    for (let i = 0; i < binding.paramsLength(params); i += 2) {
      callback.call(thisArg, binding.paramsAt(params, i + 1), binding.paramsAt(params, i), this);
    }
  }

  keys() {
    return createIterator(paramsOf(this), 'key');
  }

  values() {
    return createIterator(paramsOf(this), 'value');
  }

  toString() {}
}

binding.installParams(URLSearchParams.prototype, paramsOf);

function formatEntries(name, parts, ctx) {
  const sep = ', ';
  const { stripVTControlCharacters } = lazyInspect();
  let length = -sep.length;
  for (const p of parts) length += (stripVTControlCharacters ? stripVTControlCharacters(p) : p).length + sep.length;
  if (length > ctx.breakLength) return `${name} {\n  ${parts.join(',\n  ')} }`;
  if (parts.length) return `${name} { ${parts.join(sep)} }`;
  return `${name} {}`;
}

Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { configurable: true, value: 'URLSearchParams' });
Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  configurable: true, writable: true, value: URLSearchParams.prototype.entries,
});
Object.defineProperties(URLSearchParams.prototype, {
  size: enumerable, append: enumerable, delete: enumerable, get: enumerable, getAll: enumerable,
  has: enumerable, set: enumerable, sort: enumerable, entries: enumerable, forEach: enumerable,
  keys: enumerable, values: enumerable, toString: enumerable,
});

const iteratorState = new WeakMap();
const URLSearchParamsIteratorPrototype = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), {
  next: {
    configurable: true, enumerable: true, writable: true,
    value: function next() {
      const st = iteratorState.get(this);
      if (st === undefined) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      if (st.index >= binding.paramsLength(st.params)) return { value: undefined, done: true };
      const name = binding.paramsAt(st.params, st.index);
      const value = binding.paramsAt(st.params, st.index + 1);
      st.index += 2;
      if (st.kind === 'key') return { value: name, done: false };
      if (st.kind === 'value') return { value, done: false };
      return { value: [name, value], done: false };
    },
  },
  [kInspect]: {
    configurable: true, enumerable: false, writable: true,
    value: function inspect(recurseTimes, ctx) {
      const st = iteratorState.get(this);
      if (st === undefined) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
      const { inspect } = lazyInspect();
      const inner = { ...ctx };
      if (recurseTimes !== null) inner.depth = recurseTimes - 1;
      const list = binding.paramsList(st.params);
      const items = [];
      for (let i = st.index; i < list.length; i += 2) {
        if (st.kind === 'key') items.push(list[i]);
        else if (st.kind === 'value') items.push(list[i + 1]);
        else items.push([list[i], list[i + 1]]);
      }
      // one entry per line when the entries as an array would not fit on one
      const multiline = inspect(items, inner).includes('\n');
      const strs = items.map((v) => inspect(v, inner));
      const body = multiline ? `\n  ${strs.join(',\n  ')}` : ` ${strs.join(', ')}`;
      return `URLSearchParams Iterator {${body} }`;
    },
  },
  [Symbol.toStringTag]: { configurable: true, value: 'URLSearchParams Iterator' },
});

function createIterator(params, kind) {
  const it = Object.create(URLSearchParamsIteratorPrototype);
  iteratorState.set(it, { params, kind, index: 0 });
  return it;
}


// ---------------------------------------------------------------------------------------------
// file URLs and helpers

function isURLInstance(v) { return v != null && typeof v === 'object' && v instanceof URL; }

function getPathFromURLPosix(url) {
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters', url);
      }
    }
  }
  return decodeURIComponentLoose(pathname);
}

function getPathFromURLWin32(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if ((pathname[n + 1] === '2' && third === 102) || (pathname[n + 1] === '5' && third === 99)) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters', url);
      }
    }
  }
  pathname = pathname.replace(/\//g, '\\');
  pathname = decodeURIComponentLoose(pathname);
  if (hostname !== '') {
    return `\\\\${binding.domainToUnicode(hostname)}${pathname}`;
  }
  const letter = pathname.codePointAt(1) | 0x20;
  const sep = pathname[2];
  if (letter < 97 || letter > 122 || sep !== ':') {
    throw new ERR_INVALID_FILE_URL_PATH('must be absolute', url);
  }
  return pathname.slice(1);
}

// Node decodes file URL paths with decodeURIComponent, so malformed UTF-8 throws URIError.
function decodeURIComponentLoose(s) {
  if (s.indexOf('%') === -1) return s;
  return decodeURIComponent(s);
}

function fileURLToPath(path, options = undefined) {
  const windows = options?.windows ?? process.platform === 'win32';
  if (typeof path === 'string') path = new URL(path);
  else if (!isURLInstance(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return windows ? getPathFromURLWin32(path) : getPathFromURLPosix(path);
}

let pathMod;
function lazyPath() {
  if (pathMod === undefined) pathMod = require('path');
  return pathMod;
}

function pathToFileURL(filepath, options = undefined) {
  const windows = options?.windows ?? process.platform === 'win32';
  const path = lazyPath();
  if (windows && filepath.startsWith('\\\\')) {
    const isExtendedUNC = filepath.startsWith('\\\\?\\UNC\\');
    const prefixLength = isExtendedUNC ? 8 : 2;
    const hostnameEndIndex = filepath.indexOf('\\', prefixLength);
    if (hostnameEndIndex === -1) {
      throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
    }
    if (hostnameEndIndex === 2) {
      throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
    }
    const hostname = filepath.slice(prefixLength, hostnameEndIndex);
    const href = binding.pathToFileHref(filepath.slice(hostnameEndIndex), true);
    const u = new URL(href);
    u.hostname = binding.domainToASCII(hostname);
    return u;
  }
  let resolved = windows ? path.win32.resolve(filepath) : path.posix.resolve(filepath);
  const last = filepath.charCodeAt(filepath.length - 1);
  if ((last === 47 || (windows && last === 92)) && resolved[resolved.length - 1] !== path.sep) {
    resolved += '/';
  }
  if (windows) return new URL(binding.pathToFileHref('/' + resolved, true));
  return new URL(binding.pathToFileHref(resolved, false));
}

function toPathIfFileURL(fileURLOrPath) {
  if (!isURLInstance(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

function urlToHttpOptions(url) {
  if (url === null || typeof url !== 'object') throw new ERR_INVALID_ARG_TYPE('url', 'object', url);
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search: search,
    pathname: pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToASCII(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToUnicode(`${domain}`);
}

// legacyToASCII is url.parse's host conversion: UTS #46 mapping without failing on invalid
// labels (the caller rejects what maps to forbidden characters or to nothing).
function legacyToASCII(hostname) {
  return binding.legacyToASCII(hostname);
}

module.exports = {
  legacyToASCII,
  URL,
  URLSearchParams,
  fileURLToPath,
  pathToFileURL,
  toPathIfFileURL,
  urlToHttpOptions,
  domainToASCII,
  domainToUnicode,
  isURL,
  isURLInstance,
  encodeStr: binding.encode,
  binding,
};
