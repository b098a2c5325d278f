'use strict';

// internal/errors: Node's coded errors (codes.ERR_*), the system error classes and the helpers
// the builtins use. The codes come from the table generated from internal/nodeerr/codes.go
// (internal/errors_table); the messages are built by the Go binding from the same table, so
// the JS and Go sides cannot disagree.

const binding = internalBinding('internal/errors');
const table = require('internal/errors_table');

const kIsNodeError = binding.kIsNodeError;
const classes = { Error, TypeError, RangeError, SyntaxError, URIError };

// Templates of the codes (null: built by the binding), and the messages of codes added at run
// time with E().
const messages = new Map();
const localMessages = new Map();
const codes = {};

let internalUtilInspect;
function lazyInternalUtilInspect() {
  if (internalUtilInspect === undefined) {
    try {
      internalUtilInspect = require('internal/util/inspect');
    } catch {
      internalUtilInspect = null;
    }
  }
  return internalUtilInspect;
}

// The inspect the binding uses for objects in messages; undefined lets it use its own.
function inspectForBinding(value, options) {
  const m = lazyInternalUtilInspect();
  if (m === null || typeof m.inspect !== 'function') return undefined;
  return m.inspect(value, options);
}

let buffer;
function lazyBuffer() {
  if (buffer === undefined) buffer = require('buffer').Buffer;
  return buffer;
}

function isErrorStackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) {
    return Object.isExtensible(Error);
  }
  return Object.prototype.hasOwnProperty.call(desc, 'writable') ?
    desc.writable :
    desc.set !== undefined;
}

function inspectWithNoCustomRetry(obj, options) {
  const utilInspect = lazyInternalUtilInspect();
  try {
    return utilInspect.inspect(obj, options);
  } catch {
    return utilInspect.inspect(obj, { ...options, customInspect: false });
  }
}

// The stack's first line of a coded error reads "TypeError [ERR_X]: message", as in Node:
// the stack is formatted at its first read with the name seen then, so the name carries the
// code for that moment.
function stampStack(err, header) {
  const own = Object.getOwnPropertyDescriptor(err, 'name');
  Object.defineProperty(err, 'name', hidden(header));
  err.stack; // eslint-disable-line no-unused-expressions
  if (own === undefined) {
    delete err.name;
  } else {
    Object.defineProperty(err, 'name', own);
  }
}

const hidden = (value, writable = true) =>
  ({ __proto__: null, value, enumerable: false, writable, configurable: true });

function assert(value, message) {
  if (!value) {
    throw new codes.ERR_INTERNAL_ASSERTION(message);
  }
}

function getMessage(key, args, self) {
  const local = localMessages.get(key);
  if (local !== undefined) {
    if (typeof local === 'function') {
      assert(local.length <= args.length,
             `Code: ${key}; The provided arguments length (${args.length}) does not ` +
             `match the required ones (${local.length}).`);
      return local.apply(self, args);
    }
    const expected = (local.match(/%[dfijoOs]/g) || []).length;
    assert(expected === args.length,
           `Code: ${key}; The provided arguments length (${args.length}) does not ` +
           `match the required ones (${expected}).`);
    if (args.length === 0) return local;
    const m = lazyInternalUtilInspect();
    if (m !== null) return m.format(local, ...args);
    return args.reduce((s, a) => s.replace(/%[dfijoOs]/, String(a)), local);
  }
  return binding.getMessage(key, args, self, inspectForBinding);
}

// SystemError: the codes whose context is a failed system call. The message is
// "<prefix>: <syscall> returned <code> (<uv message>)[ <path>][ => <dest>]"; errno, syscall,
// path and dest are live views of the context kept in `info`.
function pathAccessor(context, prop) {
  return {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() {
      const v = context[prop];
      return v == null ? v : v.toString();
    },
    set(value) {
      if (!value) {
        context[prop] = undefined;
        return;
      }
      let B = null;
      try { B = lazyBuffer(); } catch { /* no buffer module yet */ }
      context[prop] = B === null ? `${value}` : B.from(`${value}`);
    },
  };
}

function contextAccessor(context, prop) {
  return {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() { return context[prop]; },
    set(value) { context[prop] = value; },
  };
}

class SystemError extends Error {
  constructor(key, context) {
    super();
    this.code = key;
    Object.defineProperty(this, kIsNodeError, hidden(true, false));
    Object.defineProperty(this, 'name', hidden(`SystemError [${key}]`));
    Object.defineProperty(this, 'message', hidden(binding.systemErrorMessage(key, context)));
    this.stack; // eslint-disable-line no-unused-expressions
    Object.defineProperty(this, 'name', hidden('SystemError'));
    Object.defineProperties(this, {
      info: { __proto__: null, value: context, enumerable: true, writable: false, configurable: true },
      errno: contextAccessor(context, 'errno'),
      syscall: contextAccessor(context, 'syscall'),
    });
    if (context.path !== undefined) Object.defineProperty(this, 'path', pathAccessor(context, 'path'));
    if (context.dest !== undefined) Object.defineProperty(this, 'dest', pathAccessor(context, 'dest'));
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx) {
    return lazyInternalUtilInspect().inspect(this, { ...ctx, getters: true, customInspect: false });
  }
}

// The variant the validators throw. goja keeps no stack-trace limit to lower, so it is the same
// error; only its constructor reads as the class it was made from.
class HideStackFramesError extends Error {
}

function makeHideStackFramesVariant(Parent, shownAs) {
  return class HideStackFramesError extends Parent {
    get ['constructor']() {
      return shownAs;
    }
  };
}

// One class per code and base class. Own properties come in Node's order: for a template
// message `message` then `code`, for a built one `code`, what the builder sets, then `message`.
function makeCodeClass(Base, key) {
  const template = messages.has(key) ? messages.get(key) : localMessages.get(key);
  const built = typeof template !== 'string';
  const argc = built ? -1 : (template.match(/%[dfijoOs]/g) || []).length;
  const header = `${Base.name} [${key}]`;

  class NodeError extends Base {
    constructor(...args) {
      if (built) {
        super();
        this.code = key;
        Object.defineProperty(this, 'message', hidden(getMessage(key, args, this)));
      } else {
        if (argc === 0) {
          assert(args.length === 0,
                 `Code: ${key}; The provided arguments length (${args.length}) does not ` +
                 'match the required ones (0).');
        }
        super(argc === 0 ? template : getMessage(key, args));
        this.code = key;
      }
      stampStack(this, header);
    }

    get ['constructor']() {
      return Base;
    }

    get [kIsNodeError]() {
      return true;
    }

    toString() {
      return `${this.name} [${key}]: ${this.message}`;
    }
  }
  return NodeError;
}

// Wraps fn so that an error it throws has a stack starting at fn's caller (where the runtime
// provides Error.captureStackTrace); fn itself stays reachable as withoutStackTrace.
function hideStackFrames(fn) {
  // six named parameters rather than ...args and apply, which cost goja twice the call itself
  // on hot paths (validators run on every request); the wrapped functions take at most five
  function wrappedFn(a, b, c, d, e, f) {
    try {
      return fn.call(this, a, b, c, d, e, f);
    } catch (error) {
      if (typeof Error.captureStackTrace === 'function' && Error.stackTraceLimit &&
          error !== null && typeof error === 'object') {
        Error.captureStackTrace(error, wrappedFn);
        if (kIsNodeError in error) stampStack(error, `${error.name} [${error.code}]`);
      }
      throw error;
    }
  }
  Object.defineProperty(wrappedFn, 'length', { __proto__: null, value: 0, configurable: true });
  wrappedFn.withoutStackTrace = fn;
  return wrappedFn;
}

function defineCode(sym, def, otherClasses, hide) {
  let ErrClass;
  if (def === SystemError) {
    ErrClass = class NodeError extends SystemError {
      constructor(ctx) {
        super(sym, ctx);
      }
    };
  } else {
    ErrClass = makeCodeClass(def, sym);
  }
  const variants = [[ErrClass, def]];
  for (const clazz of otherClasses) {
    ErrClass[clazz.name] = makeCodeClass(clazz, sym);
    variants.push([ErrClass[clazz.name], clazz]);
  }
  if (hide) {
    for (const { 0: C, 1: shownAs } of variants) {
      C.HideStackFramesError = makeHideStackFramesVariant(C, shownAs);
    }
  }
  codes[sym] = ErrClass;
}

// E registers a code at run time, as Node's E(sym, val, def, ...otherClasses): val is a
// util.format template or a function called with the error as `this`.
function E(sym, val, def, ...otherClasses) {
  localMessages.set(sym, val);
  messages.delete(sym);
  const hide = otherClasses.includes(HideStackFramesError);
  defineCode(sym, def, otherClasses.filter((c) => c !== HideStackFramesError), hide);
}

// A code's classes are made when the code is first used: a program uses a handful of the
// table's hundreds of codes, and building them all was most of the time it took to load this
// module on goja. Until then codes[sym] is an accessor; using or assigning it leaves a plain
// data property (defineCode assigns it).
function defineTableCode(entry) {
  const { 0: sym, 1: className, 4: also, 5: hide } = entry;
  const def = className === 'SystemError' ? SystemError : classes[className];
  const others = [];
  if (also !== undefined) {
    for (const name of also) others.push(classes[name]);
  }
  defineCode(sym, def, others, hide === true);
}

function lazyCode(entry) {
  const sym = entry[0];
  Object.defineProperty(codes, sym, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      defineTableCode(entry);
      return codes[sym];
    },
    set(value) {
      Object.defineProperty(codes, sym, {
        __proto__: null, value, writable: true, enumerable: true, configurable: true,
      });
    },
  });
}

for (let i = 0; i < table.length; i++) {
  messages.set(table[i][0], table[i][2]);
  lazyCode(table[i]);
}

binding.register(codes, inspectForBinding);

let uvBinding;
function lazyUv() {
  if (uvBinding === undefined) uvBinding = binding.uv;
  return uvBinding;
}

const uvUnmappedError = ['UNKNOWN', 'unknown error'];

let errmap;
function uvErrmapGet(name) {
  if (errmap === undefined) errmap = binding.getErrorMap();
  return errmap.get(name);
}

function getSystemErrorName(err) {
  return binding.errname(err);
}

// The errors of failed system calls, as Node's C++ layer makes them: plain Errors (their
// constructor reads as Error) with errno, code, syscall and the call's details as own props.

function describeUV(errno) {
  const entry = uvErrmapGet(errno) || uvUnmappedError;
  return { code: entry[0], text: entry[1] };
}

function hostPortSuffix(address, port) {
  if (port && port > 0) return ` ${address}:${port}`;
  return address ? ` ${address}` : '';
}

// "ENOENT: no such file or directory, open 'a' -> 'b'"; ctx is { errno, syscall, path?,
// dest?, message? } and its other own props are copied.
class UVException extends Error {
  constructor(ctx) {
    const { code, text } = describeUV(ctx.errno);
    const path = ctx.path ? ctx.path.toString() : undefined;
    const dest = ctx.dest ? ctx.dest.toString() : undefined;
    super(`${code}: ${ctx.message || text}, ${ctx.syscall}` +
          (path ? ` '${path}'` : '') + (dest ? ` -> '${dest}'` : ''));
    for (const prop of Object.keys(ctx)) {
      if (prop !== 'message' && prop !== 'path' && prop !== 'dest') this[prop] = ctx[prop];
    }
    this.code = code;
    if (path) this.path = path;
    if (dest) this.dest = dest;
  }

  get ['constructor']() {
    return Error;
  }
}

// "listen EADDRINUSE: address already in use 127.0.0.1:80"
class UVExceptionWithHostPort extends Error {
  constructor(err, syscall, address, port) {
    const { code, text } = describeUV(err);
    super(`${syscall} ${code}: ${text}${hostPortSuffix(address, port)}`);
    this.code = code;
    this.errno = err;
    this.syscall = syscall;
    this.address = address;
    if (port) this.port = port;
  }

  get ['constructor']() {
    return Error;
  }
}

// "<syscall> <CODE>[ <original>]" (once util._errnoException).
class ErrnoException extends Error {
  constructor(err, syscall, original) {
    const code = getSystemErrorName(err);
    super(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
    this.errno = err;
    this.code = code;
    this.syscall = syscall;
  }

  get ['constructor']() {
    return Error;
  }
}

// "connect ECONNREFUSED 127.0.0.1:80[ - Local (<additional>)]"
class ExceptionWithHostPort extends Error {
  constructor(err, syscall, address, port, additional) {
    const code = getSystemErrorName(err);
    const local = additional ? ` - Local (${additional})` : '';
    super(`${syscall} ${code}${hostPortSuffix(address, port)}${local}`);
    this.errno = err;
    this.code = code;
    this.syscall = syscall;
    this.address = address;
    if (port) this.port = port;
  }

  get ['constructor']() {
    return Error;
  }
}

// "getaddrinfo ENOTFOUND example.invalid"; code is a libuv number or a c-ares code name.
class DNSException extends Error {
  constructor(code, syscall, hostname) {
    let errno;
    if (typeof code === 'number') {
      errno = code;
      const uv = lazyUv();
      // Not a real errno name, but the one Node has always used for unresolvable names.
      code = (code === uv.UV_EAI_NODATA || code === uv.UV_EAI_NONAME) ?
        'ENOTFOUND' : getSystemErrorName(code);
    }
    super(hostname ? `${syscall} ${code} ${hostname}` : `${syscall} ${code}`);
    this.errno = errno;
    this.code = code;
    this.syscall = syscall;
    if (hostname) this.hostname = hostname;
  }

  get ['constructor']() {
    return Error;
  }
}

class ConnResetException extends Error {
  constructor(msg) {
    super(msg);
    this.code = 'ECONNRESET';
  }

  get ['constructor']() {
    return Error;
  }
}

// Combines two errors from one operation: the outer one collects the inner one in an
// AggregateError (reusing it when it already is one) that keeps the outer code.
const aggregateTwoErrors = (innerError, outerError) => {
  if (!innerError || !outerError || innerError === outerError) {
    return innerError || outerError;
  }
  if (Array.isArray(outerError.errors)) {
    outerError.errors.push(innerError);
    return outerError;
  }
  const err = new AggregateError([outerError, innerError], outerError.message);
  err.code = outerError.code;
  return err;
};

class NodeAggregateError extends AggregateError {
  constructor(errors, message) {
    super([...errors], message);
    this.code = errors[0]?.code;
  }

  get [kIsNodeError]() {
    return true;
  }

  get ['constructor']() {
    return AggregateError;
  }
}

// V8's stack-overflow error. (goja's overflow cannot be caught by JS, so there is nothing to
// learn by overflowing on purpose: the check matches V8's name and message.)
function isStackOverflowError(err) {
  return Boolean(err) && err.name === 'RangeError' &&
    err.message === 'Maximum call stack size exceeded';
}

// "1234567" -> "1_234_567" (integers only).
function addNumericalSeparator(val) {
  const start = val[0] === '-' ? 1 : 0;
  let end = val.length;
  const groups = [];
  while (end - start >= 4) {
    groups.unshift(val.slice(end - 3, end));
    end -= 3;
  }
  groups.unshift(val.slice(0, end));
  return groups.join('_');
}

const overrideStackTrace = new WeakMap();

function defaultPrepareStackTrace(error, trace) {
  let errorString;
  if (kIsNodeError in error) {
    errorString = `${error.name} [${error.code}]: ${error.message}`;
  } else {
    errorString = Error.prototype.toString.call(error);
  }
  if (trace.length === 0) {
    return errorString;
  }
  return `${errorString}\n    at ${trace.join('\n    at ')}`;
}

let internalPrepareStackTrace = defaultPrepareStackTrace;

function setInternalPrepareStackTrace(callback) {
  internalPrepareStackTrace = callback;
}

function prepareStackTraceCallback(globalThis, error, trace) {
  if (overrideStackTrace.has(error)) {
    const f = overrideStackTrace.get(error);
    overrideStackTrace.delete(error);
    return f(error, trace);
  }
  if (typeof globalThis.Error?.prepareStackTrace === 'function') {
    return globalThis.Error.prepareStackTrace(error, trace);
  }
  if (typeof Error.prepareStackTrace === 'function') {
    return Error.prepareStackTrace(error, trace);
  }
  return internalPrepareStackTrace(error, trace);
}

function ErrorPrepareStackTrace(error, trace) {
  return internalPrepareStackTrace(error, trace);
}

const kEnhanceStackBeforeInspector = Symbol('kEnhanceStackBeforeInspector');

const fatalExceptionStackEnhancers = {
  beforeInspector(error) {
    if (typeof error[kEnhanceStackBeforeInspector] !== 'function') {
      return error.stack;
    }
    try {
      error.stack = error[kEnhanceStackBeforeInspector]();
    } catch {
      // We are just enhancing the error. If it fails, ignore it.
    }
    return error.stack;
  },
  afterInspector(error) {
    const originalStack = error.stack;
    const m = lazyInternalUtilInspect();
    if (m === null) return originalStack;
    try {
      return m.inspect(error, {
        colors: false,
        customInspect: false,
        depth: Math.max(m.inspect.defaultOptions?.depth ?? 2, 5),
      });
    } catch {
      return originalStack;
    }
  },
};

const kArrowMessage = Symbol('kArrowMessage');
// Ensures the printed error line is from user code.
function setArrowMessage(err, arrowMessage) {
  err[kArrowMessage] = arrowMessage;
}

// Hide stack lines before the first user code line.
function hideInternalStackFrames(error) {
  overrideStackTrace.set(error, (error, stackFrames) => {
    let frames = stackFrames;
    if (typeof stackFrames === 'object') {
      frames = stackFrames.filter(
        (frm) => !String(frm.getFileName?.() || '').startsWith('node:internal'));
    }
    return [error, ...frames].join('\n    at ');
  });
}

// Node uses an AbortError that isn't exactly the same as the DOMException to make usage of
// the error in userland and readable-stream easier. It is a regular error with .code and .name.
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

const genericNodeError = hideStackFrames(function genericNodeError(message, errorProperties) {
  // eslint-disable-next-line no-restricted-syntax
  const err = new Error(message);
  Object.assign(err, errorProperties);
  return err;
});

function determineSpecificType(value) {
  return binding.determineSpecificType(value, inspectForBinding);
}

// "a", "a and b", "a, b, and c" (Intl.ListFormat's shape, without Intl).
function formatList(array, type = 'and') {
  if (array.length < 2) return array.length === 0 ? '' : `${array[0]}`;
  if (array.length === 2) return `${array[0]} ${type} ${array[1]}`;
  return `${array.slice(0, -1).join(', ')}, ${type} ${array[array.length - 1]}`;
}

// The function forms older Node versions exported (and code ported from them calls).
const uvException = (ctx) => new UVException(ctx);
const uvExceptionWithHostPort = (err, syscall, address, port) =>
  new UVExceptionWithHostPort(err, syscall, address, port);
const errnoException = (err, syscall, original) => new ErrnoException(err, syscall, original);
const exceptionWithHostPort = (err, syscall, address, port, additional) =>
  new ExceptionWithHostPort(err, syscall, address, port, additional);
const dnsException = (code, syscall, hostname) => new DNSException(code, syscall, hostname);

module.exports = {
  AbortError,
  aggregateTwoErrors,
  NodeAggregateError,
  codes,
  ConnResetException,
  DNSException,
  determineSpecificType,
  E,
  ErrnoException,
  ExceptionWithHostPort,
  fatalExceptionStackEnhancers,
  formatList,
  genericNodeError,
  getMessage,
  getSystemErrorName,
  hideInternalStackFrames,
  hideStackFrames,
  HideStackFramesError,
  inspectWithNoCustomRetry,
  isErrorStackTraceLimitWritable,
  isStackOverflowError,
  kEnhanceStackBeforeInspector,
  kIsNodeError,
  defaultPrepareStackTrace,
  setInternalPrepareStackTrace,
  overrideStackTrace,
  prepareStackTraceCallback,
  ErrorPrepareStackTrace,
  setArrowMessage,
  SystemError,
  uvErrmapGet,
  UVException,
  UVExceptionWithHostPort,
  addNumericalSeparator,
  uvException,
  uvExceptionWithHostPort,
  errnoException,
  exceptionWithHostPort,
  dnsException,
};
