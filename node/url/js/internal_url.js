'use strict';

// internal/url: the WHATWG URL and URLSearchParams classes. A URL holds its href and the
// offsets of its components (an array the Go parser builds); every getter is a
// slice of the href, every setter a call into Go that returns the new href.

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

// A URL's context is an array the Go parser builds: the href, then the offsets of its
// components (see weburl.Offsets). Indexed reads are goja's fastest property access.
const H = 0; // href
const PROTOCOL_END = 1;
const USERNAME_START = 2;
const USERNAME_END = 3;
const PASSWORD_START = 4;
const PASSWORD_END = 5;
const HOST_START = 6;
const HOST_END = 7;
const PORT_START = 8;
const PATH_START = 9;
const SEARCH_START = 10;
const HASH_START = 11;

const kParse = Symbol('kParse');
const kSetSearchFromParams = Symbol('kSetSearchFromParams');
const kSetList = Symbol('kSetList');
const kSetURL = Symbol('kSetURL');
const kListOf = Symbol('kListOf');

function isURL(self) {
  return self != null && typeof self === 'object' && typeof self.href === 'string' &&
    self.protocol !== undefined && self.auth === undefined && self.path === undefined;
}

// URL's constructor is native (binding.URLBase, see node/url/url.go): a JS constructor would
// need `arguments` to tell new URL() from new URL(undefined), which the engine materialises on
// every call. The base parses; the field initializer below takes the context it left (false
// for URL.parse of an invalid URL; undefined when the base failed, and then it throws).
function throwURLError() { throw binding.takeError(); }

class URL extends binding.URLBase {
  #context = binding.takeContext() ?? throwURLError();
  #searchParams;

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

  static createObjectURL(obj) {
    const Blob = globalThis.Blob;
    if (typeof Blob !== 'function' || !(obj instanceof Blob)) {
      throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
    }
    throw new ERR_INVALID_ARG_VALUE('obj', obj, 'cannot be stored: blob URLs are not supported');
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
  }

  // The brand checks throw what V8 throws in Node: a private method's message for the getters
  // Node implements with one, a private field's for the rest.
  static #ctx(self) {
    if (self == null || typeof self !== 'object' || !(#context in self)) {
      throw new TypeError('Cannot read private member #context from an object whose class did not declare it');
    }
    return self.#context;
  }

  static #brand(self) {
    if (self == null || typeof self !== 'object' || !(#context in self)) {
      throw new TypeError('Receiver must be an instance of class URL');
    }
    return self.#context;
  }

  #update(attr, value) {
    const ctx = binding.update(this.#context[H], attr, `${value}`);
    if (ctx === false) return false;
    this.#context = ctx;
    return true;
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

  toString() { return URL.#brand(this)[H]; }

  get href() { return URL.#brand(this)[H]; }
  set href(value) {
    this.#context;
    value = `${value}`;
    const ctx = binding.parse(value, undefined, false);
    if (ctx === undefined) throw binding.invalidURL(value);
    this.#context = ctx;
    if (this.#searchParams !== undefined) this.#searchParams[kSetList](this.#rawSearch());
  }

  get origin() {
    const ctx = this.#context;
    const scheme = ctx[H].slice(0, ctx[PROTOCOL_END] - 1);
    switch (scheme) {
      case 'http': case 'https': case 'ws': case 'wss': case 'ftp':
        return scheme + '://' + ctx[H].slice(ctx[HOST_START], ctx[PATH_START]);
      case 'blob':
        return binding.origin(ctx[H]);
    }
    return 'null';
  }

  get protocol() {
    const ctx = this.#context;
    return ctx[H].slice(0, ctx[PROTOCOL_END]);
  }
  set protocol(value) {
    this.#context;
    this.#update('protocol', value);
  }

  get username() {
    const ctx = this.#context;
    return ctx[H].slice(ctx[USERNAME_START], ctx[USERNAME_END]);
  }
  set username(value) {
    this.#context;
    this.#update('username', value);
  }

  get password() {
    const ctx = this.#context;
    return ctx[H].slice(ctx[PASSWORD_START], ctx[PASSWORD_END]);
  }
  set password(value) {
    this.#context;
    this.#update('password', value);
  }

  get host() {
    const ctx = this.#context;
    return ctx[H].slice(ctx[HOST_START], ctx[PATH_START]);
  }
  set host(value) {
    this.#context;
    this.#update('host', value);
  }

  get hostname() {
    const ctx = this.#context;
    return ctx[H].slice(ctx[HOST_START], ctx[HOST_END]);
  }
  set hostname(value) {
    this.#context;
    this.#update('hostname', value);
  }

  get port() {
    const ctx = this.#context;
    return ctx[H].slice(ctx[PORT_START], ctx[PATH_START]);
  }
  set port(value) {
    this.#context;
    this.#update('port', value);
  }

  get pathname() {
    const ctx = this.#context;
    return ctx[H].slice(ctx[PATH_START], ctx[SEARCH_START]);
  }
  set pathname(value) {
    this.#context;
    this.#update('pathname', value);
  }

  // The query without its '?', or null when the URL has none.
  #rawSearch() {
    const ctx = this.#context;
    return ctx[SEARCH_START] === ctx[HASH_START] ? '' : ctx[H].slice(ctx[SEARCH_START] + 1, ctx[HASH_START]);
  }

  get search() {
    const ctx = URL.#brand(this);
    if (ctx[HASH_START] - ctx[SEARCH_START] <= 1) return '';
    return ctx[H].slice(ctx[SEARCH_START], ctx[HASH_START]);
  }
  set search(value) {
    this.#context;
    this.#update('search', value);
    if (this.#searchParams !== undefined) this.#searchParams[kSetList](this.#rawSearch());
  }

  get searchParams() {
    if (this == null || typeof this !== 'object' || !(#context in this)) {
      throw new TypeError('Cannot read private member #searchParams from an object whose class did not declare it');
    }
    if (this.#searchParams === undefined) {
      this.#searchParams = new URLSearchParams(this.#rawSearch());
      this.#searchParams[kSetURL](this);
    }
    return this.#searchParams;
  }

  get hash() {
    const ctx = this.#context;
    if (ctx[H].length - ctx[HASH_START] <= 1) return '';
    return ctx[H].slice(ctx[HASH_START]);
  }
  set hash(value) {
    this.#context;
    this.#update('hash', value);
  }

  toJSON() {
    if (this == null) throw new TypeError(`Cannot read properties of ${this} (reading 'URL')`);
    return URL.#brand(this)[H];
  }

  // URLSearchParams' update steps.
  static [kSetSearchFromParams](url, serialized) {
    url.#update('search', serialized);
  }
}

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
Object.defineProperties(URL, {
  canParse: enumerable, parse: enumerable, createObjectURL: enumerable, revokeObjectURL: enumerable,
});

// ---------------------------------------------------------------------------------------------
// URLSearchParams

// USVString conversion: lone surrogates become U+FFFD (the scan is Go's).
function toUSV(v) {
  return binding.toUSV(`${v}`);
}

// The methods below that must tell get() from get(undefined) would read arguments.length, and
// the engine builds an arguments object for every call of a function that mentions it (several
// times the cost of the method). A native wrapper passes the count instead: it calls the
// implementation with argc first (binding.withArgc; see the end of the class).
let paramsImpl;

class URLSearchParams {
  #list = [];
  #url = null;

  constructor(init = undefined) {
    if (init === undefined) {
      // nothing
    } else if (init !== null && (typeof init === 'object' || typeof init === 'function')) {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && #list in init) {
        this.#list = init.#list.slice();
      } else if (method != null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of init) {
          if (pair == null || (typeof pair !== 'object' && typeof pair !== 'function') ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const kv = Array.from(pair);
          if (kv.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          this.#list.push(toUSV(kv[0]), toUSV(kv[1]));
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
            for (let j = 0; j < this.#list.length; j += 2) {
              if (this.#list[j] === typedKey) {
                this.#list[j + 1] = typedValue;
                found = true;
                break;
              }
            }
            if (!found) this.#list.push(typedKey, typedValue);
          }
        }
      }
    } else {
      init = `${init}`;
      this.#list = binding.parseParams(init.charCodeAt(0) === 63 ? init.slice(1) : init);
    }
  }

  static #check(self) {
    if (self == null || typeof self !== 'object' || !(#list in self)) throw new ERR_INVALID_THIS('URLSearchParams');
  }

  #update() {
    if (this.#url === null) return;
    URL[kSetSearchFromParams](this.#url, binding.serializeParams(this.#list));
  }

  [kSetURL](url) { this.#url = url; }
  [kSetList](query) { this.#list = query === '' ? [] : binding.parseParams(query); }

  [kInspect](recurseTimes, ctx) {
    URLSearchParams.#check(this);
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
    const { inspect } = lazyInspect();
    const inner = { ...ctx };
    if (recurseTimes !== null) inner.depth = recurseTimes - 1;
    const list = this.#list;
    const parts = [];
    for (let i = 0; i < list.length; i += 2) parts.push(`${inspect(list[i], inner)} => ${inspect(list[i + 1], inner)}`);
    return formatEntries(this.constructor.name, parts, ctx);
  }

  get size() {
    URLSearchParams.#check(this);
    return this.#list.length / 2;
  }

  // placeholders keeping Node's order of the prototype's keys; replaced after the class
  append() {}
  delete() {}
  get() {}
  getAll() {}
  has() {}
  set() {}

  static {
    paramsImpl = {
      append(argc, name, value) {
        URLSearchParams.#check(this);
        if (argc < 2) throw new ERR_MISSING_ARGS('name', 'value');
        this.#list.push(toUSV(name), toUSV(value));
        this.#update();
      },
      delete(argc, name, value) {
        URLSearchParams.#check(this);
        if (argc < 1) throw new ERR_MISSING_ARGS('name');
        const list = this.#list;
        name = toUSV(name);
        if (value !== undefined) {
          value = toUSV(value);
          for (let i = 0; i < list.length;) {
            if (list[i] === name && list[i + 1] === value) list.splice(i, 2);
            else i += 2;
          }
        } else {
          for (let i = 0; i < list.length;) {
            if (list[i] === name) list.splice(i, 2);
            else i += 2;
          }
        }
        this.#update();
      },
      get(argc, name) {
        URLSearchParams.#check(this);
        if (argc < 1) throw new ERR_MISSING_ARGS('name');
        const list = this.#list;
        name = toUSV(name);
        for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
        return null;
      },
      getAll(argc, name) {
        URLSearchParams.#check(this);
        if (argc < 1) throw new ERR_MISSING_ARGS('name');
        const list = this.#list;
        const out = [];
        name = toUSV(name);
        for (let i = 0; i < list.length; i += 2) if (list[i] === name) out.push(list[i + 1]);
        return out;
      },
      has(argc, name, value) {
        URLSearchParams.#check(this);
        if (argc < 1) throw new ERR_MISSING_ARGS('name');
        const list = this.#list;
        name = toUSV(name);
        if (value !== undefined) value = toUSV(value);
        for (let i = 0; i < list.length; i += 2) {
          if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
        }
        return false;
      },
      set(argc, name, value) {
        URLSearchParams.#check(this);
        if (argc < 2) throw new ERR_MISSING_ARGS('name', 'value');
        const list = this.#list;
        name = toUSV(name);
        value = toUSV(value);
        let found = false;
        for (let i = 0; i < list.length;) {
          if (list[i] === name) {
            if (!found) {
              list[i + 1] = value;
              found = true;
              i += 2;
            } else {
              list.splice(i, 2);
            }
          } else {
            i += 2;
          }
        }
        if (!found) list.push(name, value);
        this.#update();
      },
    };
  }

  sort() {
    URLSearchParams.#check(this);
    const list = this.#list;
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1], i]);
    // stable, by UTF-16 code units of the name
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[2] - b[2]));
    for (let i = 0; i < pairs.length; i++) {
      list[2 * i] = pairs[i][0];
      list[2 * i + 1] = pairs[i][1];
    }
    this.#update();
  }

  entries() {
    URLSearchParams.#check(this);
    return createIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    URLSearchParams.#check(this);
    validateFunction(callback, 'callback');
    let list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      callback.call(thisArg, list[i + 1], list[i], this);
      list = this.#list;
    }
  }

  keys() {
    URLSearchParams.#check(this);
    return createIterator(this, 'key');
  }

  values() {
    URLSearchParams.#check(this);
    return createIterator(this, 'value');
  }

  toString() {
    URLSearchParams.#check(this);
    return binding.serializeParams(this.#list);
  }

  static [kListOf](p) { return p.#list; }
}


function formatEntries(name, parts, ctx) {
  const sep = ', ';
  const { stripVTControlCharacters } = lazyInspect();
  let length = -sep.length;
  for (const p of parts) length += (stripVTControlCharacters ? stripVTControlCharacters(p) : p).length + sep.length;
  if (length > ctx.breakLength) return `${name} {\n  ${parts.join(',\n  ')} }`;
  if (parts.length) return `${name} { ${parts.join(sep)} }`;
  return `${name} {}`;
}

for (const [name, length] of [['append', 2], ['delete', 1], ['get', 1], ['getAll', 1], ['has', 1], ['set', 2]]) {
  Object.defineProperty(URLSearchParams.prototype, name, {
    __proto__: null, value: binding.withArgc(name, length, paramsImpl[name]),
    writable: true, enumerable: false, configurable: true,
  });
}

Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  configurable: true, writable: true, value: URLSearchParams.prototype.entries,
});
Object.defineProperties(URLSearchParams.prototype, {
  [Symbol.toStringTag]: { configurable: true, value: 'URLSearchParams' },
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
      const list = URLSearchParams[kListOf](st.target);
      if (st.index >= list.length) return { value: undefined, done: true };
      const name = list[st.index];
      const value = list[st.index + 1];
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
      const list = URLSearchParams[kListOf](st.target);
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

function createIterator(target, kind) {
  const it = Object.create(URLSearchParamsIteratorPrototype);
  iteratorState.set(it, { target, kind, index: 0 });
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
  const windows = options?.windows ?? false;
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
  const windows = options?.windows ?? false;
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
