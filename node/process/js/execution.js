'use strict';
// The uncaught-exception path and unhandled-rejection modes (Node's
// lib/internal/process/execution.js, lib/internal/process/promises.js and the printer in
// src/node_errors.cc).

const rtb = internalBinding('internal/bootstrap/node');
const { internals } = rtb;
const setup = internalBinding('internal/process/setup');

let inspectMod;
function inspect(v, opts) {
  if (inspectMod === undefined) inspectMod = require('internal/util/inspect');
  return inspectMod.inspect(v, opts);
}

function writeErr(s) { setup.writeString(2, s); }

function isErrorLike(o) {
  return typeof o === 'object' && o !== null && Object.prototype.hasOwnProperty.call(o, 'stack');
}

function isError(e) {
  return e instanceof Error || Object.prototype.toString.call(e) === '[object Error]';
}

// Called by Go (and by queueMicrotask) with an exception nothing caught. Returns true when a
// handler took it; otherwise prints it, runs 'exit' and exits.
function fatalException(er, fromPromise, arrow, thrownAt) {
  if (arrow === null) arrow = undefined;
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  process.emit('uncaughtExceptionMonitor', er, type);
  if (captureFn !== null) {
    captureFn(er);
    return true;
  }
  if (process.emit('uncaughtException', er, type)) return true;
  try {
    if (!process._exiting) {
      process._exiting = true;
      process.exitCode = 1;
      process.emit('exit', 1);
    }
  } catch {
    // nothing more to do: the process is going down
  }
  printFatal(er, arrow, fromPromise, thrownAt);
  setup.reallyExit(exitCodeNow(1));
  return false;
}

function exitCodeNow(def) {
  const c = process.exitCode;
  return c === undefined || c === null ? def : c | 0;
}

let captureFn = null;
function setUncaughtExceptionCaptureCallback(fn) {
  if (fn === null) { captureFn = null; return; }
  if (typeof fn !== 'function') {
    throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('fn', ['Function', 'null'], fn);
  }
  if (captureFn !== null) {
    throw new (require('internal/errors').codes.ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET)();
  }
  captureFn = fn;
}
function hasUncaughtExceptionCaptureCallback() { return captureFn !== null; }

const eventsArrow = "node:events:505\n    throw er; // Unhandled 'error' event\n    ^\n";

function printFatal(er, arrow, fromPromise, thrownAt) {
  const isObj = er !== null && (typeof er === 'object' || typeof er === 'function');
  if (arrow === undefined && isObj) {
    // A rejection points at where the error was made; a throw at the throw (V8's message location).
    const stack = safeGet(er, 'stack');
    if (typeof stack === 'string') arrow = rtb.errorArrow(stack, !fromPromise);
  }
  if (isObj && er[internals.arrowSymbol] !== undefined) arrow = er[internals.arrowSymbol];
  if (isObj && internals.enhanceStackSymbol !== undefined && typeof er[internals.enhanceStackSymbol] === 'function') {
    // an 'error' event nobody listened to: thrown by emit, with where it was emitted
    arrow = eventsArrow;
    try { er.stack = er[internals.enhanceStackSymbol](); } catch { /* printed as it is */ }
  }
  if (arrow === undefined) arrow = '';
  let out;
  if (isObj && isError(er)) {
    const stack = safeGet(er, 'stack');
    if (typeof stack === 'string' && stack.includes('\n\tat ')) {
      try { er.stack = rtb.formatStack(stack); } catch { /* a frozen error keeps its stack */ }
    }
    let text;
    try {
      text = inspect(er, { colors: false, customInspect: false, depth: 5 });
    } catch {
      text = String(safeGet(er, 'stack'));
    }
    out = (arrow ? arrow + '\n' : '') + text + '\n';
  } else if (isObj) {
    out = '\n' + arrow + inspect(er, { colors: false, customInspect: false, depth: 5 }) + '\n';
  } else {
    let s;
    try { s = typeof er === 'symbol' ? '' : String(er); } catch { s = '<toString() threw exception>'; }
    out = '\n' + arrow + s + '\n';
    if (typeof thrownAt !== 'string') {
      const argv0 = basename(process.argv0 || 'node');
      out += `(Use \`${argv0} --trace-uncaught ...\` to show where the exception was thrown)\n`;
    }
  }
  if (typeof thrownAt === 'string') out += `Thrown at:\n${thrownAt}\n\n`;
  writeErr(out + `\nNode.js ${process.version}\n`);
}

function safeGet(o, k) {
  try { return o[k]; } catch { return undefined; }
}

function basename(p) {
  const i = p.lastIndexOf('/');
  let b = i >= 0 ? p.slice(i + 1) : p;
  if (b.endsWith('.exe')) b = b.slice(0, -4);
  return b;
}

// Unhandled rejections.
let lastRejectionId = 0;
const rejectionIds = new WeakMap();

class UnhandledPromiseRejection extends Error {
  constructor(reason) {
    super('This error originated either by throwing inside of an async function without a catch ' +
      'block, or by rejecting a promise which was not handled with .catch(). The promise ' +
      `rejected with the reason "${noSideEffectsToString(reason)}".`);
    this.code = 'ERR_UNHANDLED_REJECTION';
  }
}
Object.defineProperty(UnhandledPromiseRejection.prototype, 'name', {
  __proto__: null, value: 'UnhandledPromiseRejection', writable: true, configurable: true,
});

// What Node prints above the error when the rejection reason is not an Error: the line of its
// own promises.js that threw.
const throwModeArrow = 'node:internal/process/promises:392\n      new UnhandledPromiseRejection(reason);\n      ^\n';
const strictModeArrow = 'node:internal/process/promises:343\n    reason : new UnhandledPromiseRejection(reason);\n             ^\n';

// V8's Object::NoSideEffectsToString: what Node puts in the UnhandledPromiseRejection message.
function noSideEffectsToString(v) {
  if (typeof v === 'symbol') return v.toString();
  if (typeof v === 'function') {
    try { return Function.prototype.toString.call(v); } catch { return 'function'; }
  }
  if (v === null || typeof v !== 'object') return String(v);
  if (isError(v)) {
    try { return Error.prototype.toString.call(v); } catch { /* fall through */ }
  }
  let toStringFn;
  try { toStringFn = v.toString; } catch { toStringFn = undefined; }
  if (toStringFn === Object.prototype.toString) {
    let ctor;
    try { ctor = v.constructor; } catch { ctor = undefined; }
    const name = typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name !== '' ? ctor.name : 'Object';
    return `#<${name}>`;
  }
  return Object.prototype.toString.call(v);
}

const unhandledWarningText = 'Unhandled promise rejection. This error originated either by throwing ' +
  'inside of an async function without a catch block, or by rejecting a promise which was not ' +
  'handled with .catch(). To terminate the node process on unhandled promise rejection, use the ' +
  'CLI flag `--unhandled-rejections=strict` (see https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode).';

function emitUnhandledRejectionWarning(uid, reason) {
  const warning = new Error(`${unhandledWarningText} (rejection id: ${uid})`);
  warning.name = 'UnhandledPromiseRejectionWarning';
  try {
    if (isErrorLike(reason)) {
      process.emitWarning(reason.stack, 'UnhandledPromiseRejectionWarning');
    } else {
      process.emitWarning(noSideEffectsToString(reason), 'UnhandledPromiseRejectionWarning');
    }
  } catch {
    // ignore
  }
  process.emitWarning(warning);
}

function triggerFromPromise(reason, nonErrorArrow) {
  if (isErrorLike(reason)) {
    internals.fatalException(reason, true);
  } else {
    internals.fatalException(new UnhandledPromiseRejection(reason), true, nonErrorArrow);
  }
}

// Go calls this once per rejection still unhandled after the microtasks drained, and with mode
// 'handled' when a handler arrives later for one already reported.
function processRejection(mode, promise, reason) {
  if (mode === 'handled') {
    if (!process.emit('rejectionHandled', promise)) {
      const warning = new Error(`Promise rejection was handled asynchronously (rejection id: ${rejectionIds.get(promise)})`);
      warning.name = 'PromiseRejectionHandledWarning';
      warning.id = rejectionIds.get(promise);
      process.emitWarning(warning);
    }
    return;
  }
  const uid = ++lastRejectionId;
  rejectionIds.set(promise, uid);
  switch (mode) {
    case 'strict':
      triggerFromPromise(reason, strictModeArrow);
      process.emit('unhandledRejection', reason, promise);
      break;
    case 'warn':
      process.emit('unhandledRejection', reason, promise);
      emitUnhandledRejectionWarning(uid, reason);
      break;
    case 'none':
      process.emit('unhandledRejection', reason, promise);
      break;
    case 'warn-with-error-code':
      if (!process.emit('unhandledRejection', reason, promise)) {
        emitUnhandledRejectionWarning(uid, reason);
        process.exitCode = 1;
      }
      break;
    default: // throw
      if (!process.emit('unhandledRejection', reason, promise)) {
        triggerFromPromise(reason, throwModeArrow);
      }
  }
}

module.exports = {
  fatalException, printFatal, processRejection,
  setUncaughtExceptionCaptureCallback, hasUncaughtExceptionCaptureCallback,
};
