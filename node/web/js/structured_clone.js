'use strict';
// structuredClone: the HTML structured clone algorithm as V8's serializer runs it for Node
// (what it keeps, what it drops, its DataCloneError messages), done in one pass over the value
// with a memory of objects already cloned so shared and cyclic references survive.

const { kindOf } = require('internal/util/inspect');
const { DOMException, isDOMException } = require('internal/per_context/domexception');
const { ERR_MISSING_ARGS } = require('internal/errors').codes;
const binding = internalBinding('internal/structured_clone');

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayName = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const typedArrayBuffer = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'buffer').get;
const typedArrayOffset = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'byteOffset').get;
const typedArrayLength = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'length').get;
const dataViewBuffer = Object.getOwnPropertyDescriptor(DataView.prototype, 'buffer').get;
const dataViewOffset = Object.getOwnPropertyDescriptor(DataView.prototype, 'byteOffset').get;
const dataViewLength = Object.getOwnPropertyDescriptor(DataView.prototype, 'byteLength').get;
const dateValue = Date.prototype.getTime;
const regexpSource = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get;
const regexpFlags = Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get;
const objectToString = Object.prototype.toString;
const errorToString = Error.prototype.toString;
const functionToString = Function.prototype.toString;

// Hooks for host objects other builtins define (Blob, MessagePort): kind -> handlers.
const kClone = Symbol.for('nodejs.internal.structuredClone');
const kTransfer = Symbol.for('nodejs.internal.structuredTransfer');

// Objects Node's serializer refuses outright (worker_threads.markAsUncloneable, undici's fetch
// classes): host objects that are neither cloneable nor transferable.
const uncloneable = new WeakSet();
function markUncloneable(obj) {
  uncloneable.add(obj);
}

let urlClasses;
// URL and URLSearchParams refuse cloning as Node's do (their prototypes too, so instanceof
// is the test); node:url is loaded only when an object with a foreign prototype is cloned.
function isURLObject(value) {
  urlClasses ??= require('internal/url');
  return value instanceof urlClasses.URL || value instanceof urlClasses.URLSearchParams;
}

// WeakRef and FinalizationRegistry are ordinary objects to the engine's kind test; their own
// methods are the brand check.
const weakRefDeref = WeakRef.prototype.deref;
const registryUnregister = FinalizationRegistry.prototype.unregister;
function isWeakHolder(value) {
  try {
    weakRefDeref.call(value);
    return true;
  } catch {}
  try {
    registryUnregister.call(value, weakRefDeref);
    return true;
  } catch {}
  return false;
}

function dataCloneError(message) {
  return new DOMException(message, 'DataCloneError');
}

function dataProperty(obj, key) {
  for (let o = obj; o !== null; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, key);
    if (d !== undefined) return 'value' in d ? d.value : undefined;
  }
  return undefined;
}

// V8's side-effect-free description of a value in its DataCloneError messages.
function describe(value) {
  if (typeof value === 'symbol') return String(value);
  if (typeof value === 'function') return functionToString.call(value);
  const kind = kindOf(value);
  if (kind === 'proxy') return '#<Object>';
  // V8's iterators reach no data 'constructor' (Iterator.prototype's is an accessor)
  if (kind === 'mapiter' || kind === 'setiter' || kind === 'arrayiter' || kind === 'stringiter' ||
      kind === 'regexpiter' || kind === 'generator') {
    return objectToString.call(value);
  }
  const toString = dataProperty(value, 'toString');
  if (toString === errorToString) return `${errorToString.call(value)}`;
  if (toString === objectToString) {
    const ctor = dataProperty(value, 'constructor');
    if (typeof ctor === 'function') {
      const name = dataProperty(ctor, 'name');
      if (typeof name === 'string' && name.length !== 0) return `#<${name}>`;
    }
  }
  const tag = dataProperty(value, Symbol.toStringTag);
  if (typeof tag === 'string') return `[object ${tag}]`;
  return objectToString.call(value);
}

function notCloneable(value) {
  return dataCloneError(`${describe(value)} could not be cloned.`);
}

const errorConstructors = {
  __proto__: null,
  EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError,
};

function cloneError(value, memory) {
  const name = value.name;
  const Ctor = errorConstructors[name] ?? Error;
  const clone = Object.create(Ctor.prototype);
  memory.set(value, clone);
  const messageDesc = Object.getOwnPropertyDescriptor(value, 'message');
  if (messageDesc !== undefined && 'value' in messageDesc) {
    Object.defineProperty(clone, 'message', {
      __proto__: null, value: `${messageDesc.value}`, writable: true, enumerable: false, configurable: true,
    });
  }
  const stack = value.stack;
  if (typeof stack === 'string') {
    Object.defineProperty(clone, 'stack', {
      __proto__: null, value: stack, writable: true, enumerable: false, configurable: true,
    });
  }
  const causeDesc = Object.getOwnPropertyDescriptor(value, 'cause');
  if (causeDesc !== undefined) {
    Object.defineProperty(clone, 'cause', {
      __proto__: null, value: cloneValue(value.cause, memory), writable: true, enumerable: false, configurable: true,
    });
  }
  return clone;
}

function cloneArrayBuffer(buffer, memory) {
  if (binding.isDetached(buffer)) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
  const clone = buffer.slice(0);
  memory.set(buffer, clone);
  return clone;
}

function cloneProperties(value, clone, memory) {
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    // a getter may have deleted a later key
    if (!Object.prototype.propertyIsEnumerable.call(value, key)) continue;
    clone[key] = cloneValue(value[key], memory);
  }
  return clone;
}

function cloneValue(value, memory) {
  switch (typeof value) {
    case 'undefined': case 'boolean': case 'number': case 'string': case 'bigint':
      return value;
    case 'symbol': case 'function':
      throw notCloneable(value);
  }
  if (value === null) return null;
  const seen = memory.get(value);
  if (seen !== undefined) return seen;

  if (typeof value[kClone] === 'function' && value[kClone] !== Object.prototype[kClone]) {
    const clone = value[kClone](memory);
    memory.set(value, clone);
    return clone;
  }
  if (isDOMException(value)) {
    const clone = new DOMException(value.message, value.name);
    memory.set(value, clone);
    const stack = value.stack;
    if (typeof stack === 'string') {
      Object.defineProperty(clone, 'stack', {
        __proto__: null, value: stack, writable: true, enumerable: false, configurable: true,
      });
    }
    return clone;
  }

  const tag = value[Symbol.toStringTag];
  if ((tag === 'Blob' || tag === 'File') && require('internal/blob').isBlob(value)) {
    // Blobs are immutable: the clone shares nothing observable with the original
    const { Blob, File } = require('internal/blob');
    const clone = tag === 'File' && value instanceof File ?
      new File([value], value.name, { type: value.type, lastModified: value.lastModified }) :
      new Blob([value], { type: value.type });
    memory.set(value, clone);
    return clone;
  }

  let clone;
  switch (kindOf(value)) {
    case 'object': {
      if (value[kTransfer] !== undefined) {
        throw dataCloneError('Object that needs transfer was found in message but not listed in transferList');
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) {
        if (isURLObject(value)) throw dataCloneError('Cannot clone object of unsupported type.');
        if ((tag === 'WeakRef' || tag === 'FinalizationRegistry') && isWeakHolder(value)) throw notCloneable(value);
      }
      if (uncloneable.has(value)) throw dataCloneError('Cannot clone object of unsupported type.');
      clone = {};
      memory.set(value, clone);
      return cloneProperties(value, clone, memory);
    }
    case 'array': {
      clone = new Array(value.length);
      memory.set(value, clone);
      return cloneProperties(value, clone, memory);
    }
    case 'date':
      clone = new Date(dateValue.call(value));
      memory.set(value, clone);
      return clone;
    case 'regexp':
      clone = new RegExp(regexpSource.call(value), regexpFlags.call(value));
      memory.set(value, clone);
      return clone;
    case 'number': clone = Object(Number.prototype.valueOf.call(value)); break;
    case 'string': clone = Object(String.prototype.valueOf.call(value)); break;
    case 'boolean': clone = Object(Boolean.prototype.valueOf.call(value)); break;
    case 'bigint': clone = Object(BigInt.prototype.valueOf.call(value)); break;
    case 'map': {
      clone = new Map();
      memory.set(value, clone);
      const entries = [];
      for (const [k, v] of Map.prototype.entries.call(value)) entries.push(k, v);
      for (let i = 0; i < entries.length; i += 2) {
        clone.set(cloneValue(entries[i], memory), cloneValue(entries[i + 1], memory));
      }
      return clone;
    }
    case 'set': {
      clone = new Set();
      memory.set(value, clone);
      const items = [...Set.prototype.values.call(value)];
      for (let i = 0; i < items.length; i++) clone.add(cloneValue(items[i], memory));
      return clone;
    }
    case 'arraybuffer':
      return cloneArrayBuffer(value, memory);
    case 'sharedarraybuffer':
      // one thread: the clone is another SharedArrayBuffer over the same memory, as a worker's is
      clone = binding.shareShared(value);
      break;
    case 'typedarray': {
      const buffer = typedArrayBuffer.call(value);
      const bufferClone = memory.get(buffer) ?? cloneArrayBuffer(buffer, memory);
      const Ctor = globalThis[typedArrayName.call(value)];
      clone = new Ctor(bufferClone, typedArrayOffset.call(value), typedArrayLength.call(value));
      break;
    }
    case 'dataview': {
      const buffer = dataViewBuffer.call(value);
      const bufferClone = memory.get(buffer) ?? cloneArrayBuffer(buffer, memory);
      clone = new DataView(bufferClone, dataViewOffset.call(value), dataViewLength.call(value));
      break;
    }
    case 'error':
      return cloneError(value, memory);
    default:
      throw notCloneable(value);
  }
  memory.set(value, clone);
  return clone;
}

// webidl's errors for the options dictionary.
function optionsError(message) {
  const err = new TypeError(`Failed to execute 'structuredClone': ${message}`);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function structuredClone(value, options) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('The value argument must be specified');
  return cloneWithTransfer(value, options, undefined);
}

// The clone of value; the new objects made for transferred ports (a MessageEvent's ports) are
// pushed to movedOut when given.
function cloneWithTransfer(value, options, movedOut) {
  let transfer = [];
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object' && typeof options !== 'function') {
      throw optionsError('Options cannot be converted to a dictionary');
    }
    const list = options.transfer;
    if (list !== undefined) {
      if (list === null || typeof list !== 'object' || typeof list[Symbol.iterator] !== 'function') {
        throw optionsError('transfer in Options cannot be converted to sequence.');
      }
      transfer = [];
      let i = 0;
      for (const item of list) {
        if (item === null || (typeof item !== 'object' && typeof item !== 'function')) {
          throw optionsError(`transfer in Options[${i}] is not an object.`);
        }
        transfer.push(item);
        i++;
      }
    } else if (typeof options !== 'object') {
      throw optionsError('Options cannot be converted to a dictionary');
    }
  } else if (options !== undefined && options !== null) {
    throw optionsError('Options cannot be converted to a dictionary');
  }

  const memory = new Map();
  const buffers = [];
  const others = [];
  for (let i = 0; i < transfer.length; i++) {
    const item = transfer[i];
    if (kindOf(item) === 'arraybuffer') {
      if (buffers.includes(item)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
      if (binding.isDetached(item)) throw dataCloneError('Cannot transfer object of unsupported type.');
      buffers.push(item);
    } else if (typeof item[kTransfer] === 'function') {
      if (others.includes(item)) throw dataCloneError('Transfer list contains duplicate object');
      others.push(item);
    } else {
      throw dataCloneError('Found invalid value in transferList.');
    }
  }
  // A transferred buffer's clone takes over its memory; the original is detached only once the
  // whole value has cloned (a failed clone leaves it usable).
  for (let i = 0; i < buffers.length; i++) memory.set(buffers[i], binding.share(buffers[i]));
  for (let i = 0; i < others.length; i++) {
    const moved = others[i][kTransfer]();
    memory.set(others[i], moved);
    movedOut?.push(moved);
  }
  const result = cloneValue(value, memory);
  for (let i = 0; i < buffers.length; i++) binding.detach(buffers[i]);
  return result;
}

module.exports = { structuredClone, cloneWithTransfer, kClone, kTransfer, markUncloneable };
