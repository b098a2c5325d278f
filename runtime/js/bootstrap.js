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

// Web and Node globals served by builtins as they land; each loads on first touch.
const optionalGlobals = [
  ['Buffer', 'buffer', (m) => m.Buffer],
  ['URL', 'url', (m) => m.URL],
  ['URLSearchParams', 'url', (m) => m.URLSearchParams],
  ['TextEncoder', 'util', (m) => m.TextEncoder],
  ['TextDecoder', 'util', (m) => m.TextDecoder],
  ['AbortController', 'internal/abort_controller', (m) => m.AbortController],
  ['AbortSignal', 'internal/abort_controller', (m) => m.AbortSignal],
  ['EventTarget', 'events', (m) => m.EventTarget],
  ['Event', 'events', (m) => m.Event],
  ['structuredClone', 'internal/structured_clone', (m) => m.structuredClone],
  ['atob', 'buffer', (m) => m.atob],
  ['btoa', 'buffer', (m) => m.btoa],
  ['performance', 'perf_hooks', (m) => m.performance],
];
for (const [name, id, pick] of optionalGlobals) {
  if (!rtb.hasModule(id)) continue;
  const value = () => pick(require(id));
  defineLazy(name, value, name === 'structuredClone' || name === 'atob' || name === 'btoa' || name === 'performance');
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
  const result = wrapper(module, module.exports, '.', req)(() => rtb.runScript(source, name));
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
