'use strict';
// V8's error stack API on an engine that has its own: the Error constructors are wrapped so that
// every error made by JS code gets a `stack` in V8's shape (an accessor that builds the header
// on first read, as V8 does), plus Error.captureStackTrace and Error.stackTraceLimit. Errors the
// engine raises itself keep the engine's stack text; inspect and the fatal printer convert it.

const rtb = internalBinding('internal/bootstrap/node');
// Per-error state lives in a WeakMap, not in properties: nothing extra shows up on the error
// (inspect with showHidden, Object.getOwnPropertySymbols).
const state = new WeakMap(); // err -> { frames, limit, stack?, hasStack }

function header(err) {
  let name;
  let message;
  try { name = err.name; } catch { name = undefined; }
  try { message = err.message; } catch { message = undefined; }
  name = name === undefined ? 'Error' : `${name}`;
  message = message === undefined ? '' : `${message}`;
  if (name === '') return message;
  if (message === '') return name;
  return `${name}: ${message}`;
}

function stackGetter() {
  const st = state.get(this);
  if (st === undefined) return undefined;
  if (st.hasStack) return st.stack;
  if (st.limit < 0) return undefined;
  const frames = st.frames;
  let s;
  const prepare = ErrorW.prepareStackTrace;
  if (typeof prepare === 'function' && prepare !== ErrorPrepareStackTrace) {
    const v8 = frames === '' ? '' : rtb.formatStack('x' + frames, st.limit).slice(1);
    st.hasStack = true; // a prepareStackTrace that reads err.stack sees undefined
    st.stack = undefined;
    s = prepare(this, callSites(v8));
  } else {
    s = frames === '' ? header(this) : rtb.formatStack(header(this) + frames, st.limit);
  }
  st.hasStack = true;
  st.stack = s;
  return s;
}

// CallSite objects for Error.prepareStackTrace, made from the V8-shaped frame lines.
class CallSite {
  constructor(fn, file, line, col) {
    this._fn = fn;
    this._file = file;
    this._line = line;
    this._col = col;
  }
  getThis() { return undefined; }
  getTypeName() {
    const dot = this._fn ? this._fn.indexOf('.') : -1;
    return dot > 0 ? this._fn.slice(0, dot) : null;
  }
  getFunction() { return undefined; }
  getFunctionName() {
    if (!this._fn) return null;
    const name = this._fn.replace(/^new /, '').replace(/ \[as [^\]]+\]$/, '');
    const dot = name.lastIndexOf('.');
    const base = dot >= 0 ? name.slice(dot + 1) : name;
    return base === '<anonymous>' ? null : name;
  }
  getMethodName() {
    if (!this._fn) return null;
    const as = /\[as ([^\]]+)\]$/.exec(this._fn);
    if (as) return as[1];
    const dot = this._fn.lastIndexOf('.');
    return dot >= 0 ? this._fn.slice(dot + 1).replace('<anonymous>', '') || null : null;
  }
  getFileName() { return this._file; }
  getLineNumber() { return this._line; }
  getColumnNumber() { return this._col; }
  getEvalOrigin() { return undefined; }
  getScriptNameOrSourceURL() { return this._file; }
  getScriptHash() { return ''; }
  getEnclosingColumnNumber() { return null; }
  getEnclosingLineNumber() { return null; }
  getPosition() { return 0; }
  getPromiseIndex() { return null; }
  isToplevel() { return !this._fn || this._fn === 'Object.<anonymous>'; }
  isEval() { return false; }
  isNative() { return this._file === 'native'; }
  isConstructor() { return !!this._fn && this._fn.startsWith('new '); }
  isAsync() { return !!this._fn && this._fn.startsWith('async '); }
  isPromiseAll() { return false; }
  toString() {
    const loc = this._file === undefined ? '<anonymous>' : `${this._file}:${this._line}:${this._col}`;
    return this._fn ? `${this._fn} (${loc})` : loc;
  }
}

function callSites(v8) {
  const out = [];
  if (v8 === '') return out;
  for (const line of v8.split('\n')) {
    const m = /^ {4}at (?:(.*?) \()?(.*?):(\d+):(\d+)\)?$/.exec(line);
    if (m) {
      out.push(new CallSite(m[1], m[2], +m[3], +m[4]));
    } else {
      const n = /^ {4}at (.*?)(?: \((.*)\))?$/.exec(line);
      if (n) out.push(new CallSite(n[1], n[2] === '<anonymous>' ? undefined : n[2], null, null));
    }
  }
  return out;
}

function stackSetter(value) {
  let st = state.get(this);
  if (st === undefined) {
    st = { frames: '', limit: 0, stack: undefined, hasStack: false };
    state.set(this, st);
  }
  st.hasStack = true;
  st.stack = value;
}

function define(obj, key, value) {
  Object.defineProperty(obj, key, { __proto__: null, value, writable: true, configurable: true, enumerable: false });
}

// V8 reads Error.stackTraceLimit (a plain data property) when an error is made: not a number
// (or deleted) means a stack property that reads undefined, 0 or less a stack that is only the
// header.
function currentLimit() {
  const limit = ErrorW.stackTraceLimit;
  if (typeof limit !== 'number') return -1;
  return limit > 0 ? Math.floor(limit) : 0;
}

function install(obj, frames, limit) {
  state.set(obj, { frames: limit > 0 ? frames : '', limit, stack: undefined, hasStack: false });
  Object.defineProperty(obj, 'stack', {
    __proto__: null, get: stackGetter, set: stackSetter, enumerable: false, configurable: true,
  });
}

const OrigError = globalThis.Error;
let initialLimit = 10;
{
  const limit = internalBinding('internal/process/setup').flags['--stack-trace-limit'];
  if (limit !== undefined && limit !== '' && !Number.isNaN(+limit)) initialLimit = +limit;
}

// Error.prepareStackTrace's default, as Node 24 installs it: the stack V8 would make.
function ErrorPrepareStackTrace(error, trace) {
  let s = header(error);
  for (let i = 0; i < trace.length; i++) s += `\n    at ${trace[i]}`;
  return s;
}

// Only classes with an explicit constructor leave a frame on the engine's stack.
const explicitCtor = new WeakMap();
function hasOwnConstructor(c) {
  let v = explicitCtor.get(c);
  if (v === undefined) {
    let src = '';
    try { src = Function.prototype.toString.call(c); } catch { /* a proxy or a bound function */ }
    v = !src.startsWith('class') || /\bconstructor\s*\(/.test(src);
    explicitCtor.set(c, v);
  }
  return v;
}

function wrap(Orig, Parent) {
  const name = Orig.name;
  const W = {
    [name]: function(message, options) {
      const newTarget = new.target || W;
      const err = Reflect.construct(Orig, arguments, newTarget);
      let chain = '';
      if (newTarget !== W) {
        const names = [];
        for (let c = newTarget; c && c !== W && names.length < 64; c = Object.getPrototypeOf(c)) {
          if (hasOwnConstructor(c)) names.push(c.name);
        }
        chain = names.join('\x00');
      }
      const limit = currentLimit();
      install(err, limit > 0 ? rtb.captureFrames(chain) : '', limit);
      return err;
    },
  }[name];
  Object.defineProperty(W, 'prototype', { __proto__: null, value: Orig.prototype, writable: false, enumerable: false, configurable: false });
  Object.defineProperty(Orig.prototype, 'constructor', { __proto__: null, value: W, writable: true, enumerable: false, configurable: true });
  Object.defineProperty(W, 'length', { __proto__: null, value: Orig.length, configurable: true });
  if (Parent) Object.setPrototypeOf(W, Parent);
  // statics installed on the engine's constructor before this wrap (Error.isError)
  for (const key of Reflect.ownKeys(Orig)) {
    if (key === 'length' || key === 'name' || key === 'prototype' || Object.prototype.hasOwnProperty.call(W, key)) continue;
    Object.defineProperty(W, key, Object.getOwnPropertyDescriptor(Orig, key));
  }
  Object.defineProperty(globalThis, name, { __proto__: null, value: W, writable: true, enumerable: false, configurable: true });
  return W;
}

const ErrorW = wrap(OrigError);
for (const n of ['TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError']) {
  wrap(globalThis[n], ErrorW);
}
if (typeof globalThis.AggregateError === 'function') wrap(globalThis.AggregateError, ErrorW);

Object.defineProperty(ErrorW, 'captureStackTrace', {
  __proto__: null, writable: true, enumerable: false, configurable: true,
  value: function captureStackTrace(obj, constructorOpt) {
    if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) {
      throw new TypeError('Invalid argument');
    }
    const through = typeof constructorOpt === 'function' ? constructorOpt.name || undefined : undefined;
    const limit = currentLimit();
    install(obj, limit > 0 ? rtb.captureFrames('', through) : '', limit);
  },
});

Object.defineProperty(ErrorW, 'prepareStackTrace', {
  __proto__: null, value: ErrorPrepareStackTrace, writable: true, enumerable: false, configurable: true,
});

Object.defineProperty(ErrorW, 'stackTraceLimit', {
  __proto__: null, value: initialLimit, writable: true, enumerable: true, configurable: true,
});

module.exports = { OrigError, header };
