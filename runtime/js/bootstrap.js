'use strict';
// Node's bootstrap (lib/internal/bootstrap/node.js): the process object, the task queues, the
// globals, and the entry points Go calls. Everything else loads on first use.

const rtb = internalBinding('internal/bootstrap/node');
const { internals } = rtb;
// Errors thrown by the loader and by syntax checks carry the header Node prints above them.
internals.arrowSymbol = Symbol('arrowMessage');

// The engine has no Symbol.asyncIterator; lowered `for await` and async generators use it.
if (typeof Symbol.asyncIterator !== 'symbol') {
  Object.defineProperty(Symbol, 'asyncIterator', {
    __proto__: null, value: Symbol('Symbol.asyncIterator'), writable: false, enumerable: false, configurable: false,
  });
}

// The ECMAScript built-ins the engine lacks, before anything else sees the intrinsics.
require('internal/language');

// Nor Symbol.dispose / Symbol.asyncDispose (explicit resource management), which Node 24 has.
for (const name of ['dispose', 'asyncDispose']) {
  if (typeof Symbol[name] !== 'symbol') {
    Object.defineProperty(Symbol, name, {
      __proto__: null, value: Symbol(`Symbol.${name}`), writable: false, enumerable: false, configurable: false,
    });
  }
}

require('internal/errors_v8');
require('internal/process/setup');
const taskQueues = require('internal/process/task_queues');
internals.callbackTrampoline = taskQueues.callbackTrampoline;
internals.runNextTicks = taskQueues.runNextTicks;
const execution = require('internal/process/execution');
internals.fatalException = execution.fatalException;
internals.processRejection = execution.processRejection;
internals.printFatal = execution.printFatal;

function defineValue(name, value, enumerable) {
  Object.defineProperty(globalThis, name, { __proto__: null, value, writable: true, configurable: true, enumerable });
}

function defineLazyData(name, load, enumerable) {
  Object.defineProperty(globalThis, name, {
    __proto__: null,
    configurable: true,
    enumerable,
    get() {
      const value = load();
      defineValue(name, value, enumerable);
      return value;
    },
    set(v) {
      defineValue(name, v, enumerable);
    },
  });
}

function defineLazy(name, load, enumerable) {
  let value;
  let loaded = false;
  Object.defineProperty(globalThis, name, {
    __proto__: null,
    configurable: true,
    enumerable,
    get() {
      if (!loaded) {
        value = load();
        loaded = true;
      }
      return value;
    },
    set(v) {
      Object.defineProperty(globalThis, name, { __proto__: null, value: v, writable: true, configurable: true, enumerable });
    },
  });
}

defineValue('global', globalThis, true);
const timers = require('internal/timers');
defineValue('clearImmediate', timers.clearImmediate, true);
defineValue('setImmediate', timers.setImmediate, true);
defineValue('clearInterval', timers.clearInterval, true);
defineValue('clearTimeout', timers.clearTimeout, true);
defineValue('setInterval', timers.setInterval, true);
defineValue('setTimeout', timers.setTimeout, true);
defineValue('queueMicrotask', taskQueues.queueMicrotask, true);
defineValue('process', process, false);
defineLazy('console', () => require('console'), false);

// Web and Node globals served by builtins as they land; each loads on first touch. Node's own are
// data properties (accessors only for navigator and performance): a lazy one becomes a data
// property when first read.
const optionalGlobals = [
  ['Buffer', 'buffer', (m) => m.Buffer],
  ['URL', 'url', (m) => m.URL],
  ['URLSearchParams', 'url', (m) => m.URLSearchParams],
  ['Blob', 'buffer', (m) => m.Blob],
  ['File', 'buffer', (m) => m.File],
  ['TextEncoder', 'internal/encoding', (m) => m.TextEncoder],
  ['TextDecoder', 'internal/encoding', (m) => m.TextDecoder],
  ['AbortController', 'internal/abort_controller', (m) => m.AbortController],
  ['AbortSignal', 'internal/abort_controller', (m) => m.AbortSignal],
  ['EventTarget', 'internal/event_target', (m) => m.EventTarget],
  ['Event', 'internal/event_target', (m) => m.Event],
  ['CustomEvent', 'internal/event_target', (m) => m.CustomEvent],
  ['DOMException', 'internal/per_context/domexception', (m) => m.DOMException],
  ['MessageChannel', 'internal/worker/io', (m) => m.MessageChannel],
  ['MessagePort', 'internal/worker/io', (m) => m.MessagePort],
  ['MessageEvent', 'internal/worker/io', (m) => m.MessageEvent],
  ['BroadcastChannel', 'internal/worker/io', (m) => m.BroadcastChannel],
  ['Navigator', 'internal/navigator', (m) => m.Navigator],
  ['Performance', 'perf_hooks', (m) => m.Performance],
  ['PerformanceEntry', 'perf_hooks', (m) => m.PerformanceEntry],
  ['PerformanceMark', 'perf_hooks', (m) => m.PerformanceMark],
  ['PerformanceMeasure', 'perf_hooks', (m) => m.PerformanceMeasure],
  ['PerformanceObserver', 'perf_hooks', (m) => m.PerformanceObserver],
  ['PerformanceObserverEntryList', 'perf_hooks', (m) => m.PerformanceObserverEntryList],
  ['PerformanceResourceTiming', 'perf_hooks', (m) => m.PerformanceResourceTiming],
  ['Headers', 'internal/deps/undici/undici', (m) => m.Headers],
  ['Request', 'internal/deps/undici/undici', (m) => m.Request],
  ['Response', 'internal/deps/undici/undici', (m) => m.Response],
  ['FormData', 'internal/deps/undici/undici', (m) => m.FormData],
  ['WebSocket', 'internal/deps/undici/websocket', (m) => m.WebSocket],
  ['CloseEvent', 'internal/deps/undici/websocket', (m) => m.CloseEvent],
  ['ReadableStream', 'stream/web', (m) => m.ReadableStream],
  ['ReadableStreamDefaultReader', 'stream/web', (m) => m.ReadableStreamDefaultReader],
  ['ReadableStreamBYOBReader', 'stream/web', (m) => m.ReadableStreamBYOBReader],
  ['ReadableStreamBYOBRequest', 'stream/web', (m) => m.ReadableStreamBYOBRequest],
  ['ReadableByteStreamController', 'stream/web', (m) => m.ReadableByteStreamController],
  ['ReadableStreamDefaultController', 'stream/web', (m) => m.ReadableStreamDefaultController],
  ['TransformStream', 'stream/web', (m) => m.TransformStream],
  ['TransformStreamDefaultController', 'stream/web', (m) => m.TransformStreamDefaultController],
  ['WritableStream', 'stream/web', (m) => m.WritableStream],
  ['WritableStreamDefaultWriter', 'stream/web', (m) => m.WritableStreamDefaultWriter],
  ['WritableStreamDefaultController', 'stream/web', (m) => m.WritableStreamDefaultController],
  ['ByteLengthQueuingStrategy', 'stream/web', (m) => m.ByteLengthQueuingStrategy],
  ['CountQueuingStrategy', 'stream/web', (m) => m.CountQueuingStrategy],
  ['TextEncoderStream', 'stream/web', (m) => m.TextEncoderStream],
  ['TextDecoderStream', 'stream/web', (m) => m.TextDecoderStream],
  ['CompressionStream', 'stream/web', (m) => m.CompressionStream],
  ['DecompressionStream', 'stream/web', (m) => m.DecompressionStream],
  ['structuredClone', 'internal/structured_clone', (m) => m.structuredClone, true],
  ['atob', 'buffer', (m) => m.atob, true],
  ['btoa', 'buffer', (m) => m.btoa, true],
  ['Intl', 'internal/intl', (m) => m.Intl],
  // enumerable globals keep Node's order: fetch comes after btoa (and performance)
  ['fetch', 'internal/deps/undici/undici', (m) => m.fetch, true],
];
for (const [name, id, pick, enumerable = false] of optionalGlobals) {
  if (!rtb.hasModule(id)) continue;
  defineLazyData(name, () => pick(require(id)), enumerable);
}
// Accessors in Node too: navigator and crypto have no setter, performance has one.
function defineGetterOnly(name, id, pick) {
  if (!rtb.hasModule(id)) return;
  let value;
  Object.defineProperty(globalThis, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return value ??= pick(require(id)); },
  });
}
defineGetterOnly('navigator', 'internal/navigator', (m) => m.navigator);
defineGetterOnly('crypto', 'crypto', (m) => m.webcrypto);
if (rtb.hasModule('perf_hooks')) defineLazy('performance', () => require('perf_hooks').performance, true);

// The toLocaleString family delegates to Intl, which loads on the first call.
if (rtb.hasModule('internal/intl')) {
  const intl = () => require('internal/intl');
  const method = (proto, name, fn) => {
    Object.defineProperty(fn, 'name', { value: name });
    Object.defineProperty(proto, name, { value: fn, writable: true, enumerable: false, configurable: true });
  };
  const thisNumber = (v, what) => {
    if (typeof v === 'number') return v;
    if (typeof v === 'object' && v !== null) {
      try { return Number.prototype.valueOf.call(v); } catch {}
    }
    throw new TypeError(`${what} requires that 'this' be a Number`);
  };
  method(Number.prototype, 'toLocaleString', { toLocaleString() {
    return intl().numberToLocaleString(thisNumber(this, 'Number.prototype.toLocaleString'), arguments[0], arguments[1]);
  } }.toLocaleString);
  method(BigInt.prototype, 'toLocaleString', { toLocaleString() {
    return intl().numberToLocaleString(BigInt.prototype.valueOf.call(this), arguments[0], arguments[1]);
  } }.toLocaleString);
  const dateMethod = (name, required, defaults) => method(Date.prototype, name, { m() {
    const t = Date.prototype.getTime.call(this);
    return intl().dateToLocale(t, arguments[0], arguments[1], required, defaults);
  } }.m);
  dateMethod('toLocaleString', 'any', 'all');
  dateMethod('toLocaleDateString', 'date', 'date');
  dateMethod('toLocaleTimeString', 'time', 'time');
  method(String.prototype, 'localeCompare', { localeCompare(that) {
    if (this == null) throw new TypeError('String.prototype.localeCompare called on null or undefined');
    return intl().localeCompare(String(this), String(that), arguments[1], arguments[2]);
  } }.localeCompare);
  method(String.prototype, 'toLocaleUpperCase', { toLocaleUpperCase() {
    if (this == null) throw new TypeError('String.prototype.toLocaleUpperCase called on null or undefined');
    return intl().localeCase(String(this), arguments[0], true);
  } }.toLocaleUpperCase);
  method(String.prototype, 'toLocaleLowerCase', { toLocaleLowerCase() {
    if (this == null) throw new TypeError('String.prototype.toLocaleLowerCase called on null or undefined');
    return intl().localeCase(String(this), arguments[0], false);
  } }.toLocaleLowerCase);
  for (const C of [Array, Int8Array.prototype.__proto__.constructor]) {
    method(C.prototype, 'toLocaleString', { toLocaleString() {
      const locales = arguments[0];
      const options = arguments[1];
      const O = Object(this);
      const len = O.length >>> 0;
      let r = '';
      for (let k = 0; k < len; k++) {
        if (k > 0) r += ',';
        const e = O[k];
        if (e !== undefined && e !== null) r += String(e.toLocaleString(locales, options));
      }
      return r;
    } }.toLocaleString);
  }
}

function loader() { return require('internal/modules/cjs/loader'); }

internals.runMain = function runMain(main) {
  loader().Module.runMain(main);
};

internals.preload = function preload(request) {
  loader().Module._preloadModules([request]);
};

// `gnode -e` / `-p` / stdin: the code runs as a script with module, require & co as globals.
internals.runEval = function runEval(source, print, name, inputType) {
  // regexp literals with \p{…}: the engine would read "p" (see node/language)
  if (source.includes('\\p{') || source.includes('\\P{')) {
    source = internalBinding('internal/modules/esm').rewritePropertyEscapes(source);
  }
  if (name === '[eval]') process._eval = source;
  if (inputType === 'module') {
    return require('internal/modules/esm/loader').runEvalModule(source, name);
  }
  const { Module, makeRequireFunction } = loader();
  const path = require('path');
  const cwd = process.cwd();
  const module = new Module(name);
  module.filename = path.join(cwd, name);
  module.paths = Module._nodeModulePaths(cwd);
  const req = makeRequireFunction(module);
  defineValue('__filename', name, true);
  defineValue('module', module, true);
  defineValue('exports', module.exports, true);
  defineValue('__dirname', '.', true);
  defineValue('require', req, true);
  // Node runs eval'd code through a small generated wrapper script, which shows in stack traces
  // as "[eval]-wrapper:6:24"; this one has the same shape.
  const wrapper = rtb.runScript('(function (module, exports, __dirname, require) {\n' +
    '      globalThis.module = module;\n' +
    '      globalThis.exports = exports;\n' +
    '      globalThis.__dirname = __dirname;\n' +
    '      globalThis.require = require;\n' +
    '      return (main) => main();\n' +
    '    })', `${name}-wrapper`);
  let run;
  try {
    run = rtb.compileScript(source, name);
  } catch (e) {
    // syntax the engine lacks (import(), for await, async generators): lowered as the CommonJS
    // loader lowers a module; the engine's error stands if that fails too
    if (!(e instanceof SyntaxError)) throw e;
    run = require('internal/modules/cjs/loader').lowerEval(source, name, module, req, e);
  }
  const result = wrapper(module, module.exports, '.', req)(run);
  if (print) {
    console.log(result);
  }
};

internals.checkSyntax = function checkSyntax(filename) {
  if (rtb.readFile(filename) === undefined) {
    loader().Module._resolveFilename(filename, undefined, true);
  }
  // any format: CommonJS, ES module, TypeScript
  require('internal/modules/esm/loader').checkSyntax(filename);
};
