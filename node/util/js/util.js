'use strict';
// The public util module: inspect/format come from internal/util/inspect; parseArgs and the
// MIME classes load on first use (internal/util/parse_args, internal/mime).

const {
  inspect,
  format,
  formatWithOptions,
  stripVTControlCharacters,
  types,
  determineSpecificType,
} = require('internal/util/inspect');

// The ERR_INVALID_ARG_TYPE of internal/errors ("argument" or "property" as Node words it).
function invalidArgType(name, expected, actual) {
  return new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)(name, expected, actual);
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) {
    throw invalidArgType('ctor', 'Function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw invalidArgType('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw invalidArgType('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', {
    __proto__: null, value: superCtor, writable: true, configurable: true,
  });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const codesWarned = new Set();
function deprecate(fn, msg, code) {
  if (code !== undefined && typeof code !== 'string') {
    throw invalidArgType('code', 'string', code);
  }
  if (fn === null || fn === undefined) {
    // Node does not validate fn; V8 fails reading fn.prototype.
    throw new TypeError(`Cannot read properties of ${fn} (reading 'prototype')`);
  }
  if (typeof process !== 'undefined' && process && process.noDeprecation === true) return fn;
  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          codesWarned.add(code);
          emitDeprecation(msg, code);
        }
      } else {
        emitDeprecation(msg, code);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  Object.defineProperty(deprecated, 'length', {
    __proto__: null, value: fn.length, writable: false, enumerable: false, configurable: true,
  });
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

function emitDeprecation(msg, code) {
  if (typeof process !== 'undefined' && process && typeof process.emitWarning === 'function') {
    process.emitWarning(msg, 'DeprecationWarning', code);
  }
}

const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
// Shared by key with the builtins that name their callback's values (dns.lookup, lookupService).
const kCustomPromisifyArgsSymbol = Symbol.for('nodejs.util.promisify.customArgs');

function promisify(original) {
  if (typeof original !== 'function') throw invalidArgType('original', 'Function', original);
  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    if (typeof fn !== 'function') {
      throw invalidArgType('util.promisify.custom', 'Function', fn);
    }
    return Object.defineProperty(fn, kCustomPromisifiedSymbol, {
      __proto__: null, value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  const argumentNames = original[kCustomPromisifyArgsSymbol];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    __proto__: null, value: fn, enumerable: false, writable: false, configurable: true,
  });
  const descriptors = Object.getOwnPropertyDescriptors(original);
  for (const k of Reflect.ownKeys(descriptors)) {
    const d = descriptors[k];
    if (d.configurable === false) delete descriptors[k];
  }
  return Object.defineProperties(fn, descriptors);
}
promisify.custom = kCustomPromisifiedSymbol;

function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    const err = new (require('internal/errors').codes.ERR_FALSY_VALUE_REJECTION)(reason);
    reason = err;
  }
  return cb(reason);
}

function callbackify(original) {
  if (typeof original !== 'function') throw invalidArgType('original', 'Function', original);
  function callbackified(...args) {
    const maybeCb = args.pop();
    if (typeof maybeCb !== 'function') throw invalidArgType('last argument', 'Function', maybeCb);
    const cb = maybeCb.bind(this);
    const nextTick = (typeof process !== 'undefined' && process && process.nextTick) ?
      (f, ...a) => process.nextTick(f, ...a) : (f, ...a) => queueMicrotask(() => f(...a));
    Reflect.apply(original, this, args).then(
      (ret) => nextTick(cb, null, ret),
      (rej) => nextTick(callbackifyOnRejected, rej, cb));
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  const propertiesValues = Object.values(descriptors);
  for (let i = 0; i < propertiesValues.length; i++) {
    Object.setPrototypeOf(propertiesValues[i], null);
  }
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

// util.types as Node lays it out: the V8-backed checks first (anonymous, length 0), then the
// JS ones from lib/internal/util/types.js.
function nativeCheck(check) {
  const f = function(value) { return check(value); };
  Object.defineProperty(f, 'name', { __proto__: null, value: '', configurable: true });
  Object.defineProperty(f, 'length', { __proto__: null, value: 0, configurable: true });
  return f;
}
const publicTypes = {};
for (const name of ['isArgumentsObject', 'isArrayBuffer', 'isAsyncFunction', 'isBigIntObject',
  'isBooleanObject', 'isDate', 'isExternal', 'isGeneratorFunction', 'isGeneratorObject', 'isMap',
  'isMapIterator', 'isModuleNamespaceObject', 'isNativeError', 'isNumberObject', 'isPromise',
  'isProxy', 'isRegExp', 'isSet', 'isSetIterator', 'isSharedArrayBuffer', 'isStringObject',
  'isSymbolObject', 'isWeakMap', 'isWeakSet', 'isAnyArrayBuffer', 'isBoxedPrimitive']) {
  publicTypes[name] = nativeCheck(types[name]);
}
publicTypes.isArrayBufferView = ArrayBuffer.isView;
publicTypes.isDataView = { isDataView(value) { return types.isDataView(value); } }.isDataView;
publicTypes.isTypedArray = { isTypedArray(value) { return types.isTypedArray(value); } }.isTypedArray;
for (const name of ['Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'Int8Array',
  'Int16Array', 'Int32Array', 'Float16Array', 'Float32Array', 'Float64Array', 'BigInt64Array',
  'BigUint64Array']) {
  const check = types[`is${name}`] || (() => false);
  const holder = { [`is${name}`](value) { return check(value); } };
  publicTypes[`is${name}`] = holder[`is${name}`];
}
publicTypes.isKeyObject = { isKeyObject(obj) { return false; } }.isKeyObject;
publicTypes.isCryptoKey = { isCryptoKey(obj) { return false; } }.isCryptoKey;

let comparisons;

function lazyCodes() { return require('internal/errors').codes; }
function lazyValidators() { return require('internal/validators'); }

// --- system errors (libuv's table, from internal/nodeerr) ---

function validateErrno(err) {
  lazyValidators().validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw new (lazyCodes().ERR_OUT_OF_RANGE)('err', 'a negative integer', err);
  }
}

function getSystemErrorName(err) {
  validateErrno(err);
  return require('internal/errors').uvErrmapGet(err)?.[0] ?? `Unknown system error ${err}`;
}

function getSystemErrorMessage(err) {
  validateErrno(err);
  return require('internal/errors').uvErrmapGet(err)?.[1] ?? `Unknown system error ${err}`;
}

function getSystemErrorMap() {
  return internalBinding('internal/errors').getErrorMap();
}

// --- debuglog: NODE_DEBUG=name,pattern* enables the loggers of matching sections ---

let debugImpls;
let testEnabled;

function initializeDebugEnv(debugEnv) {
  debugImpls = { __proto__: null };
  if (debugEnv) {
    const pattern = debugEnv.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replaceAll('*', '.*').replaceAll(',', '$|^');
    const debugEnvRegex = new RegExp(`^${pattern}$`, 'i');
    testEnabled = (str) => debugEnvRegex.test(str);
  } else {
    testEnabled = () => false;
  }
}

function debuglogImpl(enabled, set) {
  if (debugImpls === undefined) initializeDebugEnv(process.env.NODE_DEBUG);
  if (debugImpls[set] === undefined) {
    if (enabled) {
      const pid = process.pid;
      if (set === 'HTTP' || set === 'HTTP2') {
        process.emitWarning('Setting the NODE_DEBUG environment variable to \'' + set.toLowerCase() +
          '\' can expose sensitive data (such as passwords, tokens and authentication headers) in the resulting log.');
      }
      debugImpls[set] = function debug(...args) {
        const colors = shouldColorize(process.stderr);
        const msg = formatWithOptions({ colors }, ...args);
        const coloredPID = inspect(pid, { colors });
        process.stderr.write(format('%s %s: %s\n', set, coloredPID, msg));
      };
    } else {
      debugImpls[set] = function debug() {};
    }
  }
  return debugImpls[set];
}

// The section is matched against NODE_DEBUG on the logger's first use, not at creation.
function debuglog(set, cb) {
  let enabled;
  function init() {
    if (debugImpls === undefined) initializeDebugEnv(process.env.NODE_DEBUG);
    set = set.toUpperCase();
    enabled = testEnabled(set);
  }
  let debug = (...args) => {
    init();
    debug = debuglogImpl(enabled, set);
    if (typeof cb === 'function') cb(debug);
    return debug(...args);
  };
  let test = () => {
    init();
    test = () => enabled;
    return enabled;
  };
  const logger = (...args) => debug(...args);
  Object.defineProperty(logger, 'enabled', {
    __proto__: null, get() { return test(); }, configurable: true, enumerable: true,
  });
  return logger;
}

// --- styleText ---

// FORCE_COLOR decides alone when set (Node asks the tty module, which reads only the env).
function shouldColorize(stream) {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) {
    return force === '' || force === '1' || force === 'true' || force === '2' || force === '3';
  }
  return !!(stream?.isTTY && (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true));
}

function isNodeStream(obj) {
  return !!(obj && (obj._readableState || obj._writableState ||
    (typeof obj.write === 'function' && typeof obj.on === 'function') ||
    (typeof obj.pipe === 'function' && typeof obj.on === 'function')));
}

function isWebStream(obj) {
  return !!(obj && !isNodeStream(obj) &&
    ((typeof obj.pipeThrough === 'function' && typeof obj.getReader === 'function' && typeof obj.cancel === 'function') ||
     (typeof obj.getWriter === 'function' && typeof obj.abort === 'function')));
}

function escapeStyleCode(code) {
  return `\u001b[${code}m`;
}

function restartAfterResets(text, close, replacement) {
  if (!text.includes(close)) return text;
  if (!text.endsWith(close)) return text.replaceAll(close, replacement);
  return text.slice(0, -close.length).replaceAll(close, replacement) + close;
}

function styleText(format, text, options) {
  const validateStream = options?.validateStream ?? true;
  const stream = options?.stream ?? process.stdout;
  const { validateString, validateBoolean, validateOneOf } = lazyValidators();
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  let skipColorize;
  if (validateStream) {
    if (stream != null && !isWebStream(stream) && !isNodeStream(stream)) {
      throw new (lazyCodes().ERR_INVALID_ARG_TYPE)('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    skipColorize = !shouldColorize(stream);
  }
  const formatArray = Array.isArray(format) ? format : [format];
  let left = '';
  let right = '';
  for (const key of formatArray) {
    if (key === 'none') continue;
    const formatCodes = inspect.colors[key];
    if (formatCodes == null) validateOneOf(key, 'format', Object.getOwnPropertyNames(inspect.colors));
    if (skipColorize) continue;
    const open = escapeStyleCode(formatCodes[0]);
    const close = escapeStyleCode(formatCodes[1]);
    left += open;
    right = `${close}${right}`;
    // A nested style's reset inside the text would end this one too: restart it there (a
    // reset at the very end stays). Bold and dim share their reset, which must stay.
    text = restartAfterResets(text, close, formatCodes[1] === 22 ? close + open : open);
  }
  return skipColorize ? text : `${left}${text}${right}`;
}

// --- small ones ---

function toUSVString(input) {
  const str = `${input}`;
  let out = '';
  let start = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0xD800 || c > 0xDFFF) continue;
    if (c <= 0xDBFF && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) {
        i++;
        continue;
      }
    }
    out += str.slice(start, i) + '\ufffd';
    start = i + 1;
  }
  return start === 0 ? str : out + str.slice(start);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

function convertProcessSignalToExitCode(signalCode) {
  const { signals } = require('os').constants;
  lazyValidators().validateOneOf(signalCode, 'signalCode', Object.keys(signals));
  return signals[signalCode] + 128;
}

// --trace-sigint prints the JS stack on SIGINT; gnode has no such report, so this does nothing.
function setTraceSigInt(enable) {}

// getCallSites reads the current stack in V8's shape; the engine has no script ids, so each
// script name gets a stable number of its own.
const scriptIds = new Map();
function getCallSites(frameCount = 10, options) {
  const { validateNumber, validateObject, validateBoolean } = lazyValidators();
  if (options === undefined) {
    if (typeof frameCount === 'object') {
      options = frameCount;
      frameCount = 10;
    } else {
      options = {};
    }
  }
  validateObject(options, 'options');
  if (options.sourceMap !== undefined) validateBoolean(options.sourceMap, 'options.sourceMap');
  validateNumber(frameCount, 'frameCount', 1, 200);
  const text = internalBinding('internal/bootstrap/node').captureStack(2);
  const sites = [];
  for (const line of text.split('\n')) {
    const m = /^\s*at (?:(.*) \((.*):(\d+):(\d+)\)|(.*):(\d+):(\d+))$/.exec(line);
    if (m === null) continue;
    let functionName = m[1] ?? '';
    if (functionName === 'Object.<anonymous>') functionName = '';
    const scriptName = m[2] ?? m[5];
    const lineNumber = Number(m[3] ?? m[6]);
    const column = Number(m[4] ?? m[7]);
    let scriptId = scriptIds.get(scriptName);
    if (scriptId === undefined) {
      scriptId = `${scriptIds.size + 1}`;
      scriptIds.set(scriptName, scriptId);
    }
    sites.push({ __proto__: null, functionName, scriptId, scriptName, lineNumber, columnNumber: column, column });
    if (sites.length === frameCount) break;
  }
  return sites;
}

function aborted(signal, resource) {
  if (signal === undefined || signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    throw new (lazyCodes().ERR_INVALID_ARG_TYPE)('signal', 'AbortSignal', signal);
  }
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw new (lazyCodes().ERR_INVALID_ARG_TYPE)('resource', 'object', resource);
  }
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

// --- diff: Myers' shortest edit script, the one assert's diffs use ---

function validateDiffInput(value, name) {
  if (typeof value === 'string') return;
  if (!Array.isArray(value)) throw invalidArgType(name, 'string', value);
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== 'string') throw invalidArgType(`${name}[${i}]`, 'string', value[i]);
  }
}

const kDiffOps = { __proto__: null, nop: 0, insert: 1, delete: -1 };

function diff(actual, expected) {
  if (actual === expected) return [];
  validateDiffInput(actual, 'actual');
  validateDiffInput(expected, 'expected');
  const ops = require('internal/assert/assertion_error').shortestEdit(actual, expected, false);
  const out = [];
  for (let i = ops.length - 1; i >= 0; i--) out.push([kDiffOps[ops[i].type], ops[i].value]);
  return out;
}

// --- parseEnv: the dotenv format as Node's own parser reads it ---

function parseEnv(content) {
  lazyValidators().validateString(content, 'content');
  const out = {};
  const src = content.replace(/\r\n?/g, '\n');
  let i = 0;
  const n = src.length;
  const isSpace = (c) => c === ' ' || c === '\t';
  while (i < n) {
    // one entry: [export ]KEY[ ]=[ ]VALUE
    while (i < n && (isSpace(src[i]) || src[i] === '\n')) i++;
    if (i >= n) break;
    if (src[i] === '#') {
      const nl = src.indexOf('\n', i);
      i = nl === -1 ? n : nl + 1;
      continue;
    }
    const eq = src.indexOf('=', i);
    const nl = src.indexOf('\n', i);
    if (eq === -1 || (nl !== -1 && nl < eq)) {
      i = nl === -1 ? n : nl + 1; // a line without '=' is skipped
      continue;
    }
    let key = src.slice(i, eq).trim();
    if (key.startsWith('export ')) key = key.slice(7).trim();
    i = eq + 1;
    while (i < n && isSpace(src[i])) i++;
    let value;
    const q = src[i];
    if (q === '"' || q === '\'' || q === '`') {
      const close = src.indexOf(q, i + 1);
      if (close !== -1) {
        value = src.slice(i + 1, close);
        if (q === '"') value = value.replaceAll('\\n', '\n');
        const lineEnd = src.indexOf('\n', close);
        i = lineEnd === -1 ? n : lineEnd + 1;
      } else {
        // no closing quote: the rest of the line, quote included
        const lineEnd = src.indexOf('\n', i);
        value = src.slice(i, lineEnd === -1 ? n : lineEnd).trim();
        i = lineEnd === -1 ? n : lineEnd + 1;
      }
    } else {
      const lineEnd = src.indexOf('\n', i);
      value = src.slice(i, lineEnd === -1 ? n : lineEnd);
      const hash = value.indexOf('#');
      if (hash !== -1) value = value.slice(0, hash);
      value = value.trim();
      i = lineEnd === -1 ? n : lineEnd + 1;
    }
    if (key !== '') out[key] = value;
  }
  // Node's parser keeps the entries in a sorted map
  const sorted = {};
  for (const key of Object.keys(out).sort()) sorted[key] = out[key];
  return sorted;
}


// internal/errors loads on first use: util itself must load without it (inspect_test).
function errnoException(err, syscall, original) {
  return require('internal/errors').errnoException(err, syscall, original);
}
function exceptionWithHostPort(err, syscall, address, port, additional) {
  return require('internal/errors').exceptionWithHostPort(err, syscall, address, port, additional);
}

module.exports = {
  _errnoException(...args) { return errnoException(...args); },
  _exceptionWithHostPort(...args) { return exceptionWithHostPort(...args); },
  _extend: deprecate(_extend, 'The `util._extend` API is deprecated. Please use Object.assign() instead.', 'DEP0060'),
  aborted,
  callbackify,
  convertProcessSignalToExitCode,
  debug: debuglog,
  debuglog,
  deprecate,
  diff,
  format,
  formatWithOptions,
  getCallSites,
  getSystemErrorMap,
  getSystemErrorMessage,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: deprecate(Array.isArray,
                     'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.',
                     'DEP0044'),
  isDeepStrictEqual(a, b, skipPrototype) {
    if (comparisons === undefined) comparisons = require('internal/util/comparisons');
    return comparisons.isDeepStrictEqual(a, b, skipPrototype);
  },
  parseArgs(config = undefined) { return require('internal/util/parse_args').parseArgs(config); },
  parseEnv,
  promisify,
  setTraceSigInt,
  stripVTControlCharacters,
  styleText,
  toUSVString,
  types: publicTypes,
};

// The web classes util also exports load with their modules, on first use.
for (const [name, id] of [['TextEncoder', 'internal/encoding'], ['TextDecoder', 'internal/encoding']]) {
  Object.defineProperty(module.exports, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      const value = require(id)[name];
      Object.defineProperty(module.exports, name, {
        __proto__: null, value, writable: true, configurable: true, enumerable: true,
      });
      return value;
    },
    set(value) {
      Object.defineProperty(module.exports, name, {
        __proto__: null, value, writable: true, configurable: true, enumerable: true,
      });
    },
  });
}
module.exports.aborted = function aborted(signal, resource) {
  return require('internal/abort_controller').aborted(signal, resource);
};
module.exports.transferableAbortSignal = function transferableAbortSignal(signal) {
  return require('internal/abort_controller').transferableAbortSignal(signal);
};
module.exports.transferableAbortController = function transferableAbortController() {
  return require('internal/abort_controller').transferableAbortController();
};
for (const name of ['MIMEType', 'MIMEParams']) {
  Object.defineProperty(module.exports, name, {
    __proto__: null, enumerable: true, configurable: true,
    get() { return require('internal/mime')[name]; },
    set(value) { Object.defineProperty(module.exports, name, { __proto__: null, value, writable: true, enumerable: true, configurable: true }); },
  });
}
