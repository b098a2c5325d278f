'use strict';
// The public util module (a first, minimal cut): inspect/format come from internal/util/inspect.

const {
  inspect,
  format,
  formatWithOptions,
  stripVTControlCharacters,
  types,
  isError,
  determineSpecificType,
} = require('internal/util/inspect');

function invalidArgType(name, expected, actual) {
  const err = new TypeError(
    `The "${name}" argument must be ${expected}. Received ${determineSpecificType(actual)}`);
  Object.defineProperty(err, 'code', {
    __proto__: null, value: 'ERR_INVALID_ARG_TYPE', writable: true, configurable: true, enumerable: true,
  });
  return err;
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) {
    throw invalidArgType('ctor', 'of type function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw invalidArgType('superCtor', 'of type function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw invalidArgType('superCtor.prototype', 'of type object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', {
    __proto__: null, value: superCtor, writable: true, configurable: true,
  });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const codesWarned = new Set();
function deprecate(fn, msg, code) {
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
  if (typeof original !== 'function') throw invalidArgType('original', 'of type function', original);
  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    if (typeof fn !== 'function') {
      throw invalidArgType('util.promisify.custom', 'of type function', fn);
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
    const err = new Error('Promise was rejected with a falsy value');
    Object.defineProperty(err, 'code', {
      __proto__: null, value: 'ERR_FALSY_VALUE_REJECTION', writable: true, configurable: true, enumerable: true,
    });
    err.reason = reason;
    reason = err;
  }
  return cb(reason);
}

function callbackify(original) {
  if (typeof original !== 'function') throw invalidArgType('original', 'of type function', original);
  function callbackified(...args) {
    const maybeCb = args.pop();
    if (typeof maybeCb !== 'function') throw invalidArgType('last argument', 'of type function', maybeCb);
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

module.exports = {
  callbackify,
  deprecate,
  format,
  formatWithOptions,
  inherits,
  inspect,
  isArray: deprecate(Array.isArray,
                     'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.',
                     'DEP0044'),
  isDeepStrictEqual(a, b, skipPrototype) {
    if (comparisons === undefined) comparisons = require('internal/util/comparisons');
    return comparisons.isDeepStrictEqual(a, b, skipPrototype);
  },
  isError,
  promisify,
  stripVTControlCharacters,
  types: publicTypes,
};
