'use strict';
// node:assert — the assertion functions, the Assert class and the deprecated CallTracker.
// Messages come from AssertionError (internal/assert/assertion_error); deep equality from
// internal/util/comparisons.

const { inspect, isError, types } = require('internal/util/inspect');
const { isRegExp, isPromise } = types;
const { AssertionError } = require('internal/assert/assertion_error');
const { isDeepEqual, isDeepStrictEqual, isPartialStrictEqual } = require('internal/util/comparisons');
const {
  codes: {
    ERR_AMBIGUOUS_ARGUMENT,
    ERR_CONSTRUCT_CALL_REQUIRED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_RETURN_VALUE,
    ERR_MISSING_ARGS,
    ERR_UNAVAILABLE_DURING_EXIT,
  },
} = require('internal/errors');
const { validateFunction, validateOneOf, validateObject } = require('internal/validators');
const binding = internalBinding('assert');

const NO_EXCEPTION = {};

// Options of an Assert instance; the module's own functions (called on `assert`, or detached)
// use the defaults.
const kOptions = new WeakMap();
const defaults = { diff: 'simple', strict: true, skipPrototype: false };
function settingsOf(self) {
  return (self !== null && typeof self === 'object' && kOptions.get(self)) || defaults;
}

function newAE(opts, self) {
  opts.diff = settingsOf(self).diff;
  return new AssertionError(opts);
}

function raise(opts, self) {
  if (opts.message instanceof Error) throw opts.message;
  throw newAE(opts, self);
}

// ---------------------------------------------------------------- ok(): the failing expression

const sourceCache = new Map();

// The file, line and column of the frame that called fn, from a V8-shaped stack.
function callerPosition(fn) {
  const holder = {};
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 1;
  Error.captureStackTrace(holder, fn);
  Error.stackTraceLimit = limit;
  const stack = holder.stack;
  if (typeof stack !== 'string') return undefined;
  const line = stack.split('\n')[1];
  if (line === undefined) return undefined;
  const m = /^\s*at (?:.*? \()?(.*?):(\d+):(\d+)\)?$/.exec(line);
  if (m === null) return undefined;
  return { file: m[1], line: +m[2], column: +m[3] };
}

const identChar = /[\w$.\u00aa-\uffff]/;
const beforeRegExp = /[(,=:[!&|?{};+\-*%<>~^]/;

// The index of the bracket matching the one at `i` (scanning backwards), or -1.
function openingBracket(text, i) {
  let depth = 0;
  for (; i >= 0; i--) {
    if (text[i] === ']') depth++;
    else if (text[i] === '[' && --depth === 0) return i;
  }
  return -1;
}

// The call expression around `col` (0-based) in `text`, cut at the end of the line when the
// call goes on to further lines.
function callAround(text, col) {
  let start = col;
  for (;;) {
    if (start > 0 && identChar.test(text[start - 1])) {
      start--;
    } else if (start > 0 && text[start - 1] === ']') {
      const open = openingBracket(text, start - 1);
      if (open < 0) break;
      start = open;
    } else {
      break;
    }
  }
  while (text[start] === '.') start++; // a call continued from the line above
  let i = col;
  while (i < text.length && identChar.test(text[i])) i++;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  if (text[i] !== '(') return undefined;
  let depth = 0;
  let quote = null;
  let inClass = false;
  let prev = '(';
  let end = text.length;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quote !== null) {
      if (c === '\\') i++;
      else if (quote === '/' && c === '[') inClass = true;
      else if (quote === '/' && c === ']') inClass = false;
      else if (c === quote && !inClass) quote = null;
      continue;
    }
    if (c === '"' || c === '\'' || c === '`') {
      quote = c;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      if (close < 0) break;
      i = close + 1;
      continue;
    } else if (c === '/' && text[i + 1] === '/') {
      end = i;
      break;
    } else if (c === '/' && beforeRegExp.test(prev)) {
      quote = '/';
      inClass = false;
    } else if (c === '(' || c === '[' || c === '{') {
      depth++;
    } else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return text.slice(start, i + 1);
    }
    if (c !== ' ' && c !== '\t') prev = c;
  }
  return text.slice(start, end).trimEnd();
}

// Whether stack columns count UTF-8 bytes rather than UTF-16 units (goja does on lines with
// non-ASCII text; V8 does not): two frames at the same place after 2 ASCII or 2 non-ASCII letters.
let byteColumns;
function columnsAreBytes() {
  if (byteColumns === undefined) {
    const col = (stack) => /:(\d+)\)?$/.exec(String(stack).split('\n')[1] || '');
    const a = (() => { const o = {}; const aa = 1; Error.captureStackTrace(o); return o.stack; })();
    const b = (() => { const o = {}; const ää = 1; Error.captureStackTrace(o); return o.stack; })();
    const ca = col(a);
    const cb = col(b);
    byteColumns = ca !== null && cb !== null && ca[1] !== cb[1];
  }
  return byteColumns;
}

// The string index of a stack column (0-based) in `text`.
function utf16Column(text, col) {
  if (!columnsAreBytes() || /^[\x00-\x7f]*$/.test(text)) return col;
  let bytes = 0;
  let i = 0;
  for (; i < text.length && bytes < col; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00) { bytes += 4; i++; }
    else bytes += 3;
  }
  return i;
}

function escapeControls(s) {
  return s.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g,
                   (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function falsyMessage(fn) {
  const pos = callerPosition(fn);
  if (pos === undefined) return undefined;
  const key = `${pos.file}:${pos.line}:${pos.column}`;
  if (sourceCache.has(key)) return sourceCache.get(key);
  let msg;
  // -e code has no file; Node keeps it as process._eval
  const src = (pos.file === '[eval]' && typeof process._eval === 'string') ?
    process._eval : binding.readSource(pos.file);
  if (typeof src === 'string') {
    let text = src.split('\n')[pos.line - 1];
    if (text !== undefined) {
      if (text.endsWith('\r')) text = text.slice(0, -1);
      const code = callAround(text, utf16Column(text, pos.column - 1));
      if (code !== undefined) {
        msg = `The expression evaluated to a falsy value:\n\n  ${escapeControls(code)}\n`;
      }
    }
  }
  sourceCache.set(key, msg);
  return msg;
}

function innerOk(fn, argLen, value, message, self) {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = falsyMessage(fn);
  } else if (isError(message)) {
    throw message;
  }
  const err = newAE({ actual: value, expected: true, message, operator: '==', stackStartFn: fn }, self);
  err.generatedMessage = generatedMessage;
  throw err;
}

// ---------------------------------------------------------------- throws / rejects

function checkIsPromise(obj) {
  return isPromise(obj) ||
    (obj !== null && typeof obj === 'object' && typeof obj.then === 'function' &&
     typeof obj.catch === 'function');
}

function getActual(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

async function waitForActual(promiseFn) {
  let p;
  if (typeof promiseFn === 'function') {
    p = promiseFn();
    if (!checkIsPromise(p)) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', p);
    }
  } else if (checkIsPromise(promiseFn)) {
    p = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await p;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

// The shape shown in the diff when a validation object does not match.
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (key in obj) {
        if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(obj[key]) &&
            RegExp.prototype.exec.call(obj[key], actual[key]) !== null) {
          this[key] = actual[key];
        } else {
          this[key] = obj[key];
        }
      }
    }
  }
}

function compareKey(actual, expected, key, message, keys, fn, self) {
  if (!(key in actual) || !isDeepStrictEqual(actual[key], expected[key])) {
    if (!message) {
      const err = newAE({
        actual: new Comparison(actual, keys),
        expected: new Comparison(expected, keys, actual),
        operator: 'deepStrictEqual',
        stackStartFn: fn,
      }, self);
      err.actual = actual;
      err.expected = expected;
      err.operator = fn.name;
      throw err;
    }
    raise({ actual, expected, message, operator: fn.name, stackStartFn: fn }, self);
  }
}

function checkExpected(actual, expected, message, fn, self) {
  let generatedMessage = false;
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = String(actual);
      if (RegExp.prototype.exec.call(expected, str) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = 'The input did not match the regular expression ' +
          `${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
    } else if (typeof actual !== 'object' || actual === null) {
      const err = newAE({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn }, self);
      err.operator = fn.name;
      throw err;
    } else {
      const keys = Object.keys(expected);
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
            RegExp.prototype.exec.call(expected[key], actual[key]) !== null) {
          continue;
        }
        compareKey(actual, expected, key, message, keys, fn, self);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (!message) {
      generatedMessage = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isError(actual)) {
        const name = (actual.constructor && actual.constructor.name) || actual.name;
        if (expected.name === name) {
          message += 'an error with identical name but a different prototype.';
        } else {
          message += `"${name}"`;
        }
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
  } else {
    const res = Reflect.apply(expected, {}, [actual]);
    if (res === true) return;
    if (!message) {
      generatedMessage = true;
      const name = expected.name ? `"${expected.name}" ` : '';
      message = `The ${name}validation function is expected to return "true". Received ${inspect(res)}`;
      if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
    }
  }
  const err = newAE({ actual, expected, message, operator: fn.name, stackStartFn: fn }, self);
  err.generatedMessage = generatedMessage;
  throw err;
}

function expectsError(fn, actual, error, message, argc, self) {
  if (typeof error === 'string') {
    if (argc === 2) {
      throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT('error/message',
                                         `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT('error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }
  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error && error.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const what = fn.name === 'rejects' ? 'rejection' : 'exception';
    raise({ actual: undefined, expected: error, operator: fn.name,
            message: `Missing expected ${what}${details}`, stackStartFn: fn }, self);
  }
  if (!error) return;
  checkExpected(actual, error, message, fn, self);
}

function matchesError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return RegExp.prototype.exec.call(expected, String(actual)) !== null;
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectsNoError(fn, actual, error, message, self) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || matchesError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const what = fn.name === 'doesNotReject' ? 'rejection' : 'exception';
    raise({ actual, expected: error, operator: fn.name, stackStartFn: fn,
            message: `Got unwanted ${what}${details}\nActual message: "${actual == null ? undefined : actual.message}"` }, self);
  }
  throw actual;
}

function matchImpl(string, regexp, message, fn, self) {
  if (!isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const wantMatch = fn.name === 'match';
  if (typeof string !== 'string' || (RegExp.prototype.exec.call(regexp, string) !== null) !== wantMatch) {
    if (message instanceof Error) throw message;
    const generatedMessage = !message;
    if (!message) {
      if (typeof string !== 'string') {
        message = 'The "string" argument must be of type string. Received type ' +
          `${typeof string} (${inspect(string)})`;
      } else {
        message = (wantMatch ? 'The input did not match the regular expression ' :
          'The input was expected to not match the regular expression ') +
          `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
      }
    }
    const err = newAE({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn }, self);
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

// ---------------------------------------------------------------- the functions

function fail(actual, expected, message, operator, stackStartFn) {
  const argc = arguments.length;
  let generated = false;
  if (argc === 0) {
    generated = true;
    message = 'Failed';
  } else if (argc === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!failWarned) {
      failWarned = true;
      process.emitWarning('assert.fail() with more than one argument is deprecated. ' +
        'Please use assert.strictEqual() instead or only pass a message.',
                          'DeprecationWarning', 'DEP0094');
    }
    if (argc === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const opts = { actual, expected, operator: operator === undefined ? 'fail' : operator,
                 stackStartFn: stackStartFn || fail, message };
  const err = newAE(opts, this);
  if (generated) err.generatedMessage = true;
  throw err;
}
let failWarned = false;

function ok(...args) {
  innerOk(ok, args.length, args[0], args[1], this);
}

function equal(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
    raise({ actual, expected, message, operator: '==', stackStartFn: equal }, this);
  }
}

function notEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    raise({ actual, expected, message, operator: '!=', stackStartFn: notEqual }, this);
  }
}

function deepEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!isDeepEqual(actual, expected)) {
    raise({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual }, this);
  }
}

function notDeepEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (isDeepEqual(actual, expected)) {
    raise({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual }, this);
  }
}

function deepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!isDeepStrictEqual(actual, expected, settingsOf(this).skipPrototype)) {
    raise({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual }, this);
  }
}

function notDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (isDeepStrictEqual(actual, expected, settingsOf(this).skipPrototype)) {
    raise({ actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual }, this);
  }
}

function strictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!Object.is(actual, expected)) {
    raise({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual }, this);
  }
}

function notStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (Object.is(actual, expected)) {
    raise({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual }, this);
  }
}

function partialDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!isPartialStrictEqual(actual, expected)) {
    raise({ actual, expected, message, operator: 'partialDeepStrictEqual', stackStartFn: partialDeepStrictEqual }, this);
  }
}

function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), args[0], args[1], args.length, this);
}

async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), args[0], args[1], args.length, this);
}

function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), args[0], args[1], this);
}

async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), args[0], args[1], this);
}

function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    if (err.message.length === 0 && err.constructor) message += err.constructor.name;
    else message += err.message;
  } else {
    message += inspect(err);
  }
  const newErr = newAE({ actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError }, this);
  // Keep the frames of the original error below the new ones.
  const origStack = err.stack;
  if (typeof origStack === 'string') {
    const at = origStack.indexOf('\n    at');
    if (at !== -1) {
      const origFrames = origStack.slice(at + 1).split('\n');
      let newFrames = String(newErr.stack || '').split('\n');
      for (const frame of origFrames) {
        const pos = newFrames.indexOf(frame);
        if (pos !== -1) {
          newFrames = newFrames.slice(0, pos);
          break;
        }
      }
      newErr.stack = `${newFrames.join('\n')}\n${origFrames.join('\n')}`;
    }
  }
  throw newErr;
}

function match(string, regexp, message) {
  matchImpl(string, regexp, message, match, this);
}

function doesNotMatch(string, regexp, message) {
  matchImpl(string, regexp, message, doesNotMatch, this);
}

// ---------------------------------------------------------------- CallTracker (deprecated)

class CallTrackerContext {
  constructor(expected, calledFn, stackTrace) {
    this.expected = expected;
    this.calledFn = calledFn;
    this.stackTrace = stackTrace;
    this.calls = [];
  }

  track(thisArg, args) {
    this.calls.push(Object.freeze({ thisArg, arguments: args }));
  }

  get delta() {
    return this.calls.length - this.expected;
  }

  reset() {
    this.calls = [];
  }

  getCalls() {
    return Object.freeze(this.calls.slice());
  }

  report() {
    if (this.delta === 0) return undefined;
    const name = this.calledFn.name || 'calls';
    const message = `Expected the ${name} function to be executed ${this.expected} time(s) but was ` +
      `executed ${this.calls.length} time(s).`;
    return { message, actual: this.calls.length, expected: this.expected, operator: name, stack: this.stackTrace };
  }
}

const noop = [() => {}][0]; // anonymous: reported as 'calls'
const kTracked = new WeakMap();

class CallTracker {
  #contexts = new Set();

  #context(tracked) {
    const ctx = kTracked.get(tracked);
    if (ctx === undefined) {
      throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    }
    return ctx;
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const c of this.#contexts) c.reset();
      return;
    }
    this.#context(tracked).reset();
  }

  getCalls(tracked) {
    return this.#context(tracked).getCalls();
  }

  calls(fn, expected = 1) {
    if (process._exiting) throw new ERR_UNAVAILABLE_DURING_EXIT();
    const stack = new Error();
    if (typeof fn === 'number') {
      expected = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    const { validateUint32 } = require('internal/validators');
    validateUint32(expected, 'expected', true);
    const ctx = new CallTrackerContext(expected, fn, stack);
    this.#contexts.add(ctx);
    const tracked = new Proxy(fn, {
      __proto__: null,
      apply(target, thisArg, argList) {
        // a copy: goja's argList shares storage with the VM stack, reused after the call
        ctx.track(thisArg, Object.freeze(Array.prototype.slice.call(argList)));
        return Reflect.apply(target, thisArg, argList);
      },
    });
    kTracked.set(tracked, ctx);
    return tracked;
  }

  report() {
    const out = [];
    for (const c of this.#contexts) {
      const r = c.report();
      if (r !== undefined) out.push(r);
    }
    return out;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ?
      errors[0].message : 'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

// ---------------------------------------------------------------- Assert class

const methodNames = ['fail', 'ok', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual', 'deepStrictEqual',
  'notDeepStrictEqual', 'strictEqual', 'notStrictEqual', 'partialDeepStrictEqual', 'throws', 'rejects',
  'doesNotThrow', 'doesNotReject', 'ifError', 'match', 'doesNotMatch'];

// A function rather than a class so that calling it without `new` gives Node's coded error.
function Assert(options) {
  if (!new.target) throw new ERR_CONSTRUCT_CALL_REQUIRED('Assert');
  // Node copies whatever it is given over the defaults, so null or a number is no error
  const { diff = 'simple', strict = true, skipPrototype = false } = Object.assign({ __proto__: null }, options);
  validateOneOf(diff, 'options.diff', ['simple', 'full']);
  kOptions.set(this, { diff, strict, skipPrototype });
  this.AssertionError = AssertionError;
  if (strict) {
    this.equal = this.strictEqual;
    this.deepEqual = this.deepStrictEqual;
    this.notEqual = this.notStrictEqual;
    this.notDeepEqual = this.notDeepStrictEqual;
  }
}

// The instances' ok is not the module function (which carries all the others as properties).
const instanceOk = {
  ok(...args) {
    innerOk(instanceOk, args.length, args[0], args[1], this);
  },
}.ok;

// ---------------------------------------------------------------- exports

const assert = module.exports = ok;
assert.AssertionError = AssertionError;
assert.CallTracker = require('util').deprecate(CallTracker, 'assert.CallTracker is deprecated.', 'DEP0173');
assert.ok = ok;
assert.fail = fail;
assert.equal = equal;
assert.notEqual = notEqual;
assert.deepEqual = deepEqual;
assert.notDeepEqual = notDeepEqual;
assert.deepStrictEqual = deepStrictEqual;
assert.notDeepStrictEqual = notDeepStrictEqual;
assert.strictEqual = strictEqual;
assert.notStrictEqual = notStrictEqual;
assert.partialDeepStrictEqual = partialDeepStrictEqual;
assert.match = match;
assert.doesNotMatch = doesNotMatch;
assert.throws = throws;
assert.rejects = rejects;
assert.doesNotThrow = doesNotThrow;
assert.doesNotReject = doesNotReject;
assert.ifError = ifError;
for (const name of methodNames) {
  Object.defineProperty(Assert.prototype, name, {
    __proto__: null, value: name === 'ok' ? instanceOk : assert[name], writable: true, enumerable: false,
    configurable: true,
  });
}

function strict(...args) {
  innerOk(strict, args.length, args[0], args[1], this);
}
assert.strict = Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict.Assert = Assert;
assert.strict.strict = assert.strict;
assert.Assert = Assert;
