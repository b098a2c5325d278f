'use strict';

// internal/validators: the argument checks the builtins share. Names, accepted values and the
// errors thrown are Node's; the Go twins live in internal/validate and throw the same errors.

const errors = require('internal/errors');
const { hideStackFrames } = errors;
const { signals } = internalBinding('internal/validators');

// The validators throw the HideStackFramesError variant of each code, as Node's do.
const variant = (code) => errors.codes[code].HideStackFramesError;
const InvalidArgType = variant('ERR_INVALID_ARG_TYPE');
const InvalidArgValue = variant('ERR_INVALID_ARG_VALUE');
const InvalidThis = variant('ERR_INVALID_THIS');
const OutOfRange = variant('ERR_OUT_OF_RANGE');
const SocketBadPort = variant('ERR_SOCKET_BAD_PORT');
const UnknownSignal = variant('ERR_UNKNOWN_SIGNAL');

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const tagOf = (value) => Object.prototype.toString.call(value);
const asyncFunctionProto = Object.getPrototypeOf(async function() {});

const isAsyncFunction = (fn) => typeof fn === 'function' &&
  (Object.getPrototypeOf(fn) === asyncFunctionProto || tagOf(fn) === '[object AsyncFunction]');

const isInt32 = (value) => value === (value | 0);
const isUint32 = (value) => value === (value >>> 0);

// Encoding names as Buffer accepts them, lower-cased; normalizeEncoding maps any spelling to
// the canonical name (undefined when unknown).
const kEncodings = {
  __proto__: null,
  'utf8': 'utf8', 'utf-8': 'utf8', '': 'utf8',
  'ucs2': 'utf16le', 'ucs-2': 'utf16le', 'utf16le': 'utf16le', 'utf-16le': 'utf16le',
  'latin1': 'latin1', 'binary': 'latin1',
  'base64': 'base64', 'base64url': 'base64url', 'hex': 'hex', 'ascii': 'ascii',
};

function normalizeEncoding(enc) {
  if (enc == null) return 'utf8';
  const direct = kEncodings[enc];
  if (direct !== undefined) return direct;
  return kEncodings[`${enc}`.toLowerCase()];
}

// Checks on one value; each throws the error Node throws for the same input.

function mustBeType(value, name, type, ok) {
  if (!ok) throw new InvalidArgType(name, type, value);
}

function checkIntegerIn(value, name, min, max) {
  mustBeType(value, name, 'number', typeof value === 'number');
  if (!Number.isInteger(value)) throw new OutOfRange(name, 'an integer', value);
  if (value < min || value > max) throw new OutOfRange(name, `>= ${min} && <= ${max}`, value);
}

const validateInteger = hideStackFrames(
  (value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) =>
    checkIntegerIn(value, name, min, max));

const validateInt32 = hideStackFrames(
  (value, name, min = -2147483648, max = 2147483647) => checkIntegerIn(value, name, min, max));

const validateUint32 = hideStackFrames(
  (value, name, positive = false) => checkIntegerIn(value, name, positive ? 1 : 0, 4294967295));

const validateString = hideStackFrames(
  (value, name) => mustBeType(value, name, 'string', typeof value === 'string'));

const validateStringWithoutNullBytes = hideStackFrames((value, name) => {
  validateString(value, name);
  if (value.indexOf('\u0000') !== -1) {
    throw new InvalidArgValue(name, value, 'must be a string without null bytes');
  }
});

const validateNumber = hideStackFrames((value, name, min = undefined, max) => {
  mustBeType(value, name, 'number', typeof value === 'number');
  const hasMin = min != null;
  const hasMax = max != null;
  const outside = (hasMin && value < min) || (hasMax && value > max) ||
    ((hasMin || hasMax) && Number.isNaN(value));
  if (outside) {
    const bounds = [];
    if (hasMin) bounds.push(`>= ${min}`);
    if (hasMax) bounds.push(`<= ${max}`);
    throw new OutOfRange(name, bounds.join(' && '), value);
  }
});

const validateBoolean = hideStackFrames(
  (value, name) => mustBeType(value, name, 'boolean', typeof value === 'boolean'));

const validateOneOf = hideStackFrames((value, name, oneOf) => {
  if (oneOf.includes(value)) return;
  const shown = oneOf.map((v) => (typeof v === 'string' ? `'${v}'` : String(v)));
  throw new InvalidArgValue(name, value, `must be one of: ${shown.join(', ')}`);
});

// Flags for validateObject's third argument.
const kValidateObjectNone = 0;
const kValidateObjectAllowNullable = 1;
const kValidateObjectAllowArray = 2;
const kValidateObjectAllowFunction = 4;
const kValidateObjectAllowObjects = kValidateObjectAllowArray | kValidateObjectAllowFunction;
const kValidateObjectAllowObjectsAndNull = kValidateObjectAllowObjects | kValidateObjectAllowNullable;

const validateObject = hideStackFrames((value, name, options = kValidateObjectNone) => {
  let ok;
  if (value === null) {
    ok = options !== kValidateObjectNone && (options & kValidateObjectAllowNullable) !== 0;
  } else if (Array.isArray(value)) {
    ok = options !== kValidateObjectNone && (options & kValidateObjectAllowArray) !== 0;
  } else if (typeof value === 'function') {
    ok = options !== kValidateObjectNone && (options & kValidateObjectAllowFunction) !== 0;
  } else {
    ok = typeof value === 'object';
  }
  if (!ok) throw new InvalidArgType(name, 'Object', value);
});

const validateDictionary = hideStackFrames((value, name) => {
  const t = typeof value;
  if (value != null && t !== 'object' && t !== 'function') {
    throw new InvalidArgType(name, 'a dictionary', value);
  }
});

const validateArray = hideStackFrames((value, name, minLength = 0) => {
  mustBeType(value, name, 'Array', Array.isArray(value));
  if (value.length < minLength) {
    throw new InvalidArgValue(name, value, `must have a length of at least ${minLength}`);
  }
});

function validateElements(value, name, type, test) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) {
    if (!test(value[i])) throw new InvalidArgType(`${name}[${i}]`, type, value[i]);
  }
}

const validateStringArray = hideStackFrames(
  (value, name) => validateElements(value, name, 'string', (v) => typeof v === 'string'));

const validateBooleanArray = hideStackFrames(
  (value, name) => validateElements(value, name, 'boolean', (v) => v === true || v === false));

function validateAbortSignalArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) {
    const item = `${name}[${i}]`;
    if (value[i] == null) throw new InvalidArgType(item, 'AbortSignal', value[i]);
    validateAbortSignal(value[i], item);
  }
}

const validateSignalName = hideStackFrames((signal, name = 'signal') => {
  validateString(signal, name);
  if (signals[signal] !== undefined) return;
  if (signals[signal.toUpperCase()] !== undefined) {
    throw new UnknownSignal(`${signal} (signals must use all capital letters)`);
  }
  throw new UnknownSignal(signal);
});

const validateBuffer = hideStackFrames((buffer, name = 'buffer') => {
  if (!ArrayBuffer.isView(buffer)) {
    throw new InvalidArgType(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
});

const validateEncoding = hideStackFrames((data, encoding) => {
  const length = data.length;
  if (normalizeEncoding(encoding) === 'hex' && length % 2 !== 0) {
    throw new InvalidArgValue('encoding', encoding, `is invalid for data of length ${length}`);
  }
});

const validatePort = hideStackFrames((port, name = 'Port', allowZero = true) => {
  const t = typeof port;
  const bad = (t !== 'number' && t !== 'string') ||
    (t === 'string' && port.trim() === '') ||
    +port !== (+port >>> 0) ||
    port > 0xFFFF ||
    (+port === 0 && !allowZero);
  if (bad) throw new SocketBadPort(name, port, allowZero);
  return port | 0;
});

const validateAbortSignal = hideStackFrames((signal, name) => {
  if (signal === undefined) return;
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    throw new InvalidArgType(name, 'AbortSignal', signal);
  }
});

const validateFunction = hideStackFrames(
  (value, name) => mustBeType(value, name, 'Function', typeof value === 'function'));

const validatePlainFunction = hideStackFrames((value, name) =>
  mustBeType(value, name, 'Function', typeof value === 'function' && !isAsyncFunction(value)));

const validateUndefined = hideStackFrames(
  (value, name) => mustBeType(value, name, 'undefined', value === undefined));

function validateUnion(value, name, union) {
  if (!union.includes(value)) {
    throw new InvalidArgType(name, `('${union.join('|')}')`, value);
  }
}

const octalString = /^[0-7]+$/;

// A mode_t: a uint32 or a string of octal digits. def replaces null and undefined.
function parseFileMode(value, name, def) {
  if (value == null) value = def;
  if (typeof value === 'string') {
    if (!octalString.test(value)) {
      throw new InvalidArgValue(name, value, 'must be a 32-bit unsigned integer or an octal string');
    }
    value = Number.parseInt(value, 8);
  }
  validateUint32(value, name);
  return value + 0; // -0 becomes 0
}

// A Link header value (RFC 8288 section 3): <uri-reference> then ;-separated params.
const linkValue = /^(?:<[^>\r\n]*>)(?:\s*;\s*[^;"\s]+(?:=(")?[^;"\s]*\1)?)*$/;
const kLinkReason = 'must be an array or string of format "</styles.css>; rel=preload; as=style"';

function checkLink(value, name) {
  if (value === undefined || !linkValue.exec(value)) {
    throw new InvalidArgValue(name, value, kLinkReason);
  }
}

const validateLinkHeaderValue = hideStackFrames((hints) => {
  if (typeof hints === 'string') {
    checkLink(hints, 'hints');
    return hints;
  }
  if (!Array.isArray(hints)) throw new InvalidArgValue('hints', hints, kLinkReason);
  for (let i = 0; i < hints.length; i++) checkLink(hints[i], 'hints');
  return hints.join(', ');
});

const validateThisInternalField = hideStackFrames((object, fieldKey, className) => {
  if (object === null || typeof object !== 'object' || !hasOwn(object, fieldKey)) {
    throw new InvalidThis(className);
  }
});

function checkIgnoreElement(value, name) {
  if (typeof value === 'string') {
    if (value === '') throw new InvalidArgValue(name, value, 'must be a non-empty string');
    return;
  }
  if (tagOf(value) === '[object RegExp]' || typeof value === 'function') return;
  throw new InvalidArgType(name, ['string', 'RegExp', 'Function'], value);
}

const validateIgnoreOption = hideStackFrames((value, name) => {
  if (value == null) return;
  if (!Array.isArray(value)) {
    checkIgnoreElement(value, name);
    return;
  }
  value.forEach((v, i) => checkIgnoreElement(v, `${name}[${i}]`));
});

// false for undefined and NaN, true for finite numbers; throws for other types and infinities.
const validateFiniteNumber = hideStackFrames((number, name) => {
  if (number === undefined || Number.isNaN(number)) return false;
  if (Number.isFinite(number)) return true;
  validateNumber(number, name);
  throw new OutOfRange(name, 'a finite number', number);
});

// def for undefined and NaN, else number when within [lower, upper]; throws otherwise.
const checkRangesOrGetDefault = hideStackFrames((number, name, lower, upper, def) => {
  if (!validateFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) {
    throw new OutOfRange(name, `>= ${lower} and <= ${upper}`, number);
  }
  return number;
});

module.exports = {
  isInt32,
  isUint32,
  normalizeEncoding,
  parseFileMode,
  validateArray,
  validateStringArray,
  validateBooleanArray,
  validateAbortSignalArray,
  validateBoolean,
  validateBuffer,
  validateDictionary,
  validateEncoding,
  validateFunction,
  validateIgnoreOption,
  validateInt32,
  validateInteger,
  validateNumber,
  validateObject,
  kValidateObjectNone,
  kValidateObjectAllowNullable,
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
  kValidateObjectAllowObjects,
  kValidateObjectAllowObjectsAndNull,
  validateOneOf,
  validatePlainFunction,
  validatePort,
  validateSignalName,
  validateString,
  validateStringWithoutNullBytes,
  validateUint32,
  validateUndefined,
  validateUnion,
  validateAbortSignal,
  validateLinkHeaderValue,
  validateThisInternalField,
  validateFiniteNumber,
  checkRangesOrGetDefault,
};
