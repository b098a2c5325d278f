'use strict';
// node:buffer. Buffer is a Uint8Array subclass; the bytes of every Buffer are a Go slice shared
// with its ArrayBuffer, and the binding does the encoding, decoding, searching and copying.

const binding = internalBinding('buffer');
const {
  byteLength: byteLengthOf, fromString: encodeString, write: writeString, slice: decodeSlice,
  compare: compareBytes, compareOffset, copy: copyBytes, concat: concatInto, fill: fillBytes,
  indexOf: indexOfBytes, indexOfNumber, swap16: swap16n, swap32: swap32n, swap64: swap64n,
  readFloat, writeFloat,
} = binding;

const errors = require('internal/errors');
const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_BUFFER_OUT_OF_BOUNDS,
  ERR_UNKNOWN_ENCODING, ERR_INVALID_BUFFER_SIZE, ERR_MISSING_ARGS,
} = errors.codes;
const { hideStackFrames } = errors;
const {
  validateNumber, validateInteger, validateString, validateArray, validateBuffer,
} = require('internal/validators');

const kMaxLength = binding.kMaxLength;
const kStringMaxLength = binding.kStringMaxLength;
const INSPECT_MAX_BYTES_DEFAULT = 50;
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kIsEncodingSymbol = Symbol('kIsEncodingSymbol');

const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const TypedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get;
const TypedArrayFill = TypedArrayProto.fill;
const TypedArraySet = TypedArrayProto.set;
const TypedArraySlice = TypedArrayProto.slice;
const ArrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const MathTrunc = Math.trunc;
const MathFloor = Math.floor;
const NumberIsNaN = Number.isNaN;
const NumberIsInteger = Number.isInteger;

const isUint8Array = (v) => TypedArrayTag.call(v) === 'Uint8Array';
const isTypedArray = (v) => TypedArrayTag.call(v) !== undefined;
function isAnyArrayBuffer(v) {
  // Arrays and views are answered without the brand check below: a failed check throws, and the
  // engine pays for building that TypeError on every Buffer.from([...]).
  if (v === null || typeof v !== 'object' || Array.isArray(v) || ArrayBuffer.isView(v)) return false;
  try {
    ArrayBufferByteLength.call(v);
    return true;
  } catch {
    return false;
  }
}
const isArrayBufferView = ArrayBuffer.isView;

// Bytes of any ArrayBufferView as something the binding reads (DataViews become Uint8Arrays).
function viewOf(v) {
  return isTypedArray(v) ? v : new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
}

class FastBuffer extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// --------------------------------------------------------------------- encodings
const E = { utf8: 0, utf16le: 1, latin1: 2, ascii: 3, hex: 4, base64: 5, base64url: 6 };

function base64ByteLength(str, bytes) {
  if (str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

function makeOps(name, id, byteLength) {
  return {
    encoding: name,
    encodingVal: id,
    byteLength,
    write: (buf, string, offset, len) => writeString(buf, string, offset, len, id),
    slice: (buf, start, end) => decodeSlice(buf, start, end, id),
    indexOf: (buf, val, byteOffset, dir) => indexOfBytes(buf, fromStringFast(val, encodingOps[name]), byteOffset, dir, id),
  };
}
const encodingOps = {
  utf8: makeOps('utf8', E.utf8, (s) => byteLengthOf(s, E.utf8)),
  ucs2: makeOps('utf16le', E.utf16le, (s) => s.length * 2),
  utf16le: null,
  latin1: makeOps('latin1', E.latin1, (s) => s.length),
  ascii: makeOps('ascii', E.ascii, (s) => s.length),
  base64: makeOps('base64', E.base64, (s) => base64ByteLength(s, s.length)),
  base64url: makeOps('base64url', E.base64url, (s) => base64ByteLength(s, s.length)),
  hex: makeOps('hex', E.hex, (s) => s.length >>> 1),
};
encodingOps.utf16le = encodingOps.ucs2;

function getEncodingOps(encoding) {
  encoding += '';
  switch (encoding.length) {
    case 4:
      if (encoding === 'utf8') return encodingOps.utf8;
      if (encoding === 'ucs2') return encodingOps.ucs2;
      encoding = encoding.toLowerCase();
      if (encoding === 'utf8') return encodingOps.utf8;
      if (encoding === 'ucs2') return encodingOps.ucs2;
      break;
    case 5:
      if (encoding === 'utf-8') return encodingOps.utf8;
      if (encoding === 'ascii') return encodingOps.ascii;
      if (encoding === 'ucs-2') return encodingOps.ucs2;
      encoding = encoding.toLowerCase();
      if (encoding === 'utf-8') return encodingOps.utf8;
      if (encoding === 'ascii') return encodingOps.ascii;
      if (encoding === 'ucs-2') return encodingOps.ucs2;
      break;
    case 7:
      if (encoding === 'utf16le' || encoding.toLowerCase() === 'utf16le') return encodingOps.utf16le;
      break;
    case 8:
      if (encoding === 'utf-16le' || encoding.toLowerCase() === 'utf-16le') return encodingOps.utf16le;
      break;
    case 6:
      if (encoding === 'latin1' || encoding === 'binary') return encodingOps.latin1;
      if (encoding === 'base64') return encodingOps.base64;
      encoding = encoding.toLowerCase();
      if (encoding === 'latin1' || encoding === 'binary') return encodingOps.latin1;
      if (encoding === 'base64') return encodingOps.base64;
      break;
    case 3:
      if (encoding === 'hex' || encoding.toLowerCase() === 'hex') return encodingOps.hex;
      break;
    case 9:
      if (encoding === 'base64url' || encoding.toLowerCase() === 'base64url') return encodingOps.base64url;
      break;
  }
  return undefined;
}

function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  const ops = getEncodingOps(enc);
  return ops === undefined ? undefined : ops.encoding;
}

// --------------------------------------------------------------------- the pool
// The pool (Buffer.poolSize bytes that small Buffers share) is kept by the binding
// (fastalloc.go): allocate, fromStringPooled and fromArrayLike below come from it.
function newPool() {
  return new ArrayBuffer(Buffer.poolSize);
}

function createUnsafeBuffer(size) {
  return new FastBuffer(size);
}

// --------------------------------------------------------------------- Buffer()
const bufferWarning = 'Buffer() is deprecated due to security and usability ' +
  'issues. Please use the Buffer.alloc(), ' +
  'Buffer.allocUnsafe(), or Buffer.from() methods instead.';
let bufferWarningAlreadyEmitted = false;
let nodeModulesCheckCounter = 0;

function showFlaggedDeprecation() {
  if (bufferWarningAlreadyEmitted ||
      ++nodeModulesCheckCounter > 10000 ||
      (!process.execArgv.includes('--pending-deprecation') &&
       require('internal/util/node_modules').isInsideNodeModules(100, true))) {
    return;
  }
  process.emitWarning(bufferWarning, 'DeprecationWarning', 'DEP0005');
  bufferWarningAlreadyEmitted = true;
}

function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  __proto__: null, enumerable: false, configurable: true, get() { return FastBuffer; },
});

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
Object.setPrototypeOf(Buffer, Uint8Array);
Object.defineProperty(Buffer, 'name', { __proto__: null, value: 'Buffer' });

Buffer.poolSize = 64 * 1024;
const {
  allocate, fromString: fromStringPooled, fromArrayLike,
} = binding.makeAllocator(FastBuffer, Buffer, newPool, TypedArraySet);

function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);

  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);

    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }

    const b = fromObject(value);
    if (b) return b;

    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }

  throw new ERR_INVALID_ARG_TYPE(
    'first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
}
Buffer.from = from;

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return new FastBuffer();
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = TypedArraySlice.call(view, offset, end);
  }
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

Buffer.of = function of(...items) {
  const b = new FastBuffer(items.length);
  for (let k = 0; k < items.length; k++) b[k] = items[k];
  return b;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = createUnsafeBuffer(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
};

let slowBufferWarned = false;
function SlowBuffer(size) {
  if (!slowBufferWarned) {
    slowBufferWarned = true;
    process.emitWarning('SlowBuffer() is deprecated. Please use Buffer.allocUnsafeSlow()',
                        'DeprecationWarning', 'DEP0030');
  }
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);
// Node exports the util.deprecate wrapper of SlowBuffer, whose name is 'deprecated'
Object.defineProperty(SlowBuffer, 'name', { __proto__: null, value: 'deprecated', configurable: true });

function fromStringFast(string, ops) {
  return fromStringPooled(string, ops.encodingVal);
}

function fromString(string, encoding) {
  let ops;
  if (!encoding || encoding === 'utf8' || typeof encoding !== 'string') {
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  }
  return fromStringFast(string, ops);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (NumberIsNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  // V8's typed array constructor refuses it with this text; the engine's words differ
  if (byteOffset <= -1) throw new RangeError(`Start offset ${byteOffset} is outside the bounds of the buffer`);
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
}

// --------------------------------------------------------------------- statics
Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return compareBytes(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncoding(encoding) !== undefined;
};
Buffer[kIsEncodingSymbol] = Buffer.isEncoding;

const validateOffset = (value, name, min = 0, max = kMaxLength) =>
  validateInteger(value, name, min, max);

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    const r = concatInto(list);
    if (typeof r === 'number') {
      const i = -1 - r;
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    return new FastBuffer(r);
  }
  validateOffset(length, 'length');
  const buffer = allocate(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    pos += _copyActual(buf, buffer, pos, 0, buf.length);
  }
  if (pos < length) TypedArrayFill.call(buffer, 0, pos, length);
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isArrayBufferView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  if (len === 0) return 0;
  if (!encoding || encoding === 'utf8') return byteLengthOf(string, E.utf8);
  if (encoding === 'ascii') return len;
  const ops = getEncodingOps(encoding);
  if (ops === undefined) return byteLengthOf(string, E.utf8);
  return ops.byteLength(string);
}
Buffer.byteLength = byteLength;

// --------------------------------------------------------------------- prototype
const proto = Buffer.prototype;

Object.defineProperty(proto, 'parent', {
  __proto__: null, enumerable: true, configurable: true,
  get() { return this instanceof Buffer ? this.buffer : undefined; },
});
Object.defineProperty(proto, 'offset', {
  __proto__: null, enumerable: true, configurable: true,
  get() { return this instanceof Buffer ? this.byteOffset : undefined; },
});

function toInteger(n, defaultVal) {
  n = +n;
  if (!NumberIsNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return ((n % 1) === 0 ? n : MathFloor(n));
  }
  return defaultVal;
}

function _copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.byteLength - targetStart) {
    sourceEnd = sourceStart + target.byteLength - targetStart;
  }
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.byteLength - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  if (sourceStart === 0 && sourceEnd >= source.length && !isUint8Array(source)) {
    // Node sets a whole non-byte source element by element (and still answers in bytes)
    TypedArraySet.call(target, source, targetStart);
    return nb;
  }
  copyBytes(source, target, targetStart, sourceStart, nb);
  return nb;
}

function _copy(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isArrayBufferView(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (!isArrayBufferView(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  source = viewOf(source);
  if (!isUint8Array(target)) target = new Uint8Array(target.buffer, target.byteOffset, target.byteLength);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = NumberIsInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = NumberIsInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.byteLength) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.byteLength}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.byteLength;
  } else {
    sourceEnd = NumberIsInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.byteLength || sourceStart >= sourceEnd) return 0;
  return _copyActual(source, target, targetStart, sourceStart, sourceEnd);
}

function indexOutOfRange() {
  const err = new RangeError('Index out of range');
  err.code = 'ERR_OUT_OF_RANGE';
  return err;
}

function notString() {
  const err = new TypeError('argument must be a string');
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

// The C++-backed slice and write methods of Node (buf.utf8Slice(start, end), buf.hexWrite(...)).
function defineCodecMethods(name, id) {
  const strict = id === E.utf8 || id === E.latin1 || id === E.ascii;
  proto[`${name}Slice`] = function(start, end) {
    const len = this.length;
    start = start === undefined ? 0 : MathTrunc(+start) || 0;
    end = end === undefined ? len : MathTrunc(+end) || 0;
    if (start < 0 || end < 0 || end > len) throw indexOutOfRange();
    if (end <= start) return '';
    return decodeSlice(this, start, end, id);
  };
  proto[`${name}Write`] = function(string, offset, length) {
    if (typeof string !== 'string') throw notString();
    const len = this.length;
    offset = offset === undefined ? 0 : MathTrunc(+offset) || 0;
    if (offset < 0 || offset > len) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
    const remaining = len - offset;
    length = length === undefined ? remaining : MathTrunc(+length) || 0;
    if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    // the utf8, latin1 and ascii writers refuse a length past the end; the others clamp it
    if (length > remaining) {
      if (strict) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
      length = remaining;
    }
    if (string.length === 0 || length === 0) return 0;
    return writeString(this, string, offset, length, id);
  };
}
for (const [name, id] of [['ascii', E.ascii], ['base64', E.base64], ['base64url', E.base64url],
  ['latin1', E.latin1], ['hex', E.hex], ['ucs2', E.utf16le], ['utf8', E.utf8]]) {
  defineCodecMethods(name, id);
}

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  return _copy(this, target, targetStart, sourceStart, sourceEnd);
};

proto.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return decodeSlice(this, 0, this.length, E.utf8);
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = MathTrunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = MathTrunc(end) || 0;
  if (end <= start) return '';
  if (encoding === undefined) return decodeSlice(this, start, end, E.utf8);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return ops.slice(this, start, end);
};

proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  const len = this.byteLength;
  if (len !== otherBuffer.byteLength) return false;
  return len === 0 || compareBytes(this, otherBuffer) === 0;
};

let utilInspect;
proto[customInspectSymbol] = function inspect(recurseTimes, ctx) {
  const max = module.exports.INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = decodeSlice(this, 0, actualMax, E.hex).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    let extras = false;
    const obj = { __proto__: null };
    const keys = ctx.showHidden ? Reflect.ownKeys(this) : Object.keys(this);
    for (const key of keys) {
      if (typeof key === 'string' && /^(0|[1-9][0-9]*)$/.test(key)) continue;
      if (ctx.showHidden && typeof key === 'symbol') continue;
      extras = true;
      obj[key] = this[key];
    }
    if (!ctx.showHidden) {
      for (const key of Object.getOwnPropertySymbols(this)) {
        if (Object.prototype.propertyIsEnumerable.call(this, key)) {
          extras = true;
          obj[key] = this[key];
        }
      }
    }
    if (extras) {
      if (utilInspect === undefined) utilInspect = require('internal/util/inspect').inspect;
      if (this.length !== 0) str += ', ';
      str += utilInspect(obj, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
};
proto.inspect = proto[customInspectSymbol];

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return compareBytes(this, target);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return (targetStart >= targetEnd ? 0 : -1);
  if (targetStart >= targetEnd) return 1;
  return compareOffset(this, target, targetStart, sourceStart, targetEnd, sourceEnd);
};

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  validateBuffer(buffer);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (NumberIsNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  byteOffset = MathTrunc(byteOffset);
  dir = !!dir;

  if (typeof val === 'number') return indexOfNumber(viewOf(buffer), val >>> 0, byteOffset, dir);

  let ops;
  if (encoding === undefined) ops = encodingOps.utf8;
  else ops = getEncodingOps(encoding);

  if (typeof val === 'string') {
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return ops.indexOf(viewOf(buffer), val, byteOffset, dir);
  }
  if (isUint8Array(val)) {
    const encodingVal = ops === undefined ? E.utf8 : ops.encodingVal;
    return indexOfBytes(viewOf(buffer), val, byteOffset, dir, encodingVal);
  }
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

// Node 24's end argument: the search ignores the bytes from end on, while a negative byteOffset
// still counts from the end of the whole buffer. (end, encoding) may also be (encoding).
function boundedIndexOf(buffer, val, byteOffset, end, encoding, dir) {
  end = Math.trunc(+end);
  if (!(end > 0)) end = 0;
  else if (end > buffer.length) end = buffer.length;
  if (typeof byteOffset === 'number' && byteOffset < 0) byteOffset += buffer.length;
  return bidirectionalIndexOf(buffer.subarray(0, end), val, byteOffset, encoding, dir);
}

proto.indexOf = function indexOf(val, byteOffset, end, encoding) {
  if (end === undefined) return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
  if (typeof end === 'string') return bidirectionalIndexOf(this, val, byteOffset, end, true);
  return boundedIndexOf(this, val, byteOffset, end, encoding, true);
};
proto.lastIndexOf = function lastIndexOf(val, byteOffset, end, encoding) {
  if (end === undefined) return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
  if (typeof end === 'string') return bidirectionalIndexOf(this, val, byteOffset, end, false);
  return boundedIndexOf(this, val, byteOffset, end, encoding, false);
};
proto.includes = function includes(val, byteOffset, end, encoding) {
  return this.indexOf(val, byteOffset, end, encoding) !== -1;
};

function _fill(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalizedEncoding = normalizeEncoding(encoding);
    if (normalizedEncoding === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      if (normalizedEncoding === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (normalizedEncoding === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
    encoding = normalizedEncoding;
  } else {
    encoding = undefined;
  }

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) {
      end = buf.length;
    } else {
      validateOffset(end, 'end', 0, buf.length);
    }
    if (offset >= end) return buf;
  }

  if (typeof value === 'number') {
    const byteLen = buf.byteLength;
    const fillLength = end - offset;
    if (offset > end || fillLength + offset > byteLen) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    TypedArrayFill.call(buf, value, offset, end);
  } else {
    let pattern;
    if (typeof value === 'string') {
      pattern = new Uint8Array(encodeString(value, getEncodingOps(encoding).encodingVal));
    } else if (isArrayBufferView(value)) {
      pattern = viewOf(value);
    } else {
      pattern = Number(value) >>> 0;
    }
    if (offset > buf.length || end > buf.length) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    const res = fillBytes(buf, pattern, offset, end);
    if (res === -1) throw new ERR_INVALID_ARG_VALUE('value', value);
  }
  return buf;
}

proto.fill = function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
};

proto.write = function write(string, offset, length, encoding) {
  if (offset === undefined) return this.utf8Write(string, 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8') return this.utf8Write(string, offset, length);
  if (encoding === 'ascii') return this.asciiWrite(string, offset, length);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  if (typeof string !== 'string') throw notString();
  return ops.write(this, string, offset, length);
};

proto.toJSON = function toJSON() {
  if (this.length > 0) {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; ++i) data[i] = this[i];
    return { type: 'Buffer', data };
  }
  return { type: 'Buffer', data: [] };
};

function adjustOffset(offset, length) {
  offset = MathTrunc(offset);
  if (offset === 0 || NumberIsNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return length;
}

proto.subarray = function subarray(start, end) {
  const srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
};
proto.slice = function slice(start, end) {
  return this.subarray(start, end);
};

function swap(b, n, m) {
  const i = b[n];
  b[n] = b[m];
  b[m] = i;
}
proto.swap16 = function swap16() {
  const len = this.length;
  if (len % 2 !== 0) throw new ERR_INVALID_BUFFER_SIZE('16-bits');
  if (len < 128) {
    for (let i = 0; i < len; i += 2) swap(this, i, i + 1);
    return this;
  }
  swap16n(this);
  return this;
};
proto.swap32 = function swap32() {
  const len = this.length;
  if (len % 4 !== 0) throw new ERR_INVALID_BUFFER_SIZE('32-bits');
  if (len < 192) {
    for (let i = 0; i < len; i += 4) {
      swap(this, i, i + 3);
      swap(this, i + 1, i + 2);
    }
    return this;
  }
  swap32n(this);
  return this;
};
proto.swap64 = function swap64() {
  const len = this.length;
  if (len % 8 !== 0) throw new ERR_INVALID_BUFFER_SIZE('64-bits');
  if (len < 192) {
    for (let i = 0; i < len; i += 8) {
      swap(this, i, i + 7);
      swap(this, i + 1, i + 6);
      swap(this, i + 2, i + 5);
      swap(this, i + 3, i + 4);
    }
    return this;
  }
  swap64n(this);
  return this;
};
proto.toLocaleString = proto.toString;

// --------------------------------------------------------------------- numbers
function boundsError(value, length, type) {
  if (MathFloor(value) !== value) {
    validateNumber(value, type);
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

function checkBounds(buf, offset, byteLength) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + byteLength] === undefined) {
    boundsError(offset, buf.length - (byteLength + 1));
  }
}

function checkInt(value, min, max, buf, offset, byteLength) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (byteLength > 3) {
      if (min === 0 || min === 0n) {
        range = `>= 0${n} and < 2${n} ** ${(byteLength + 1) * 8}${n}`;
      } else {
        range = `>= -(2${n} ** ${(byteLength + 1) * 8 - 1}${n}) and < 2${n} ** ` +
                `${(byteLength + 1) * 8 - 1}${n}`;
      }
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, byteLength);
}

// n-byte unsigned/signed integers up to 6 bytes, little or big endian.
function readN(buf, offset, n, le, signed) {
  validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + n - 1];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - n);
  let v = 0;
  if (le) {
    for (let i = n - 1; i >= 0; i--) v = v * 256 + buf[offset + i];
  } else {
    for (let i = 0; i < n; i++) v = v * 256 + buf[offset + i];
  }
  if (signed) {
    const lim = 2 ** (8 * n - 1);
    if (v >= lim) v -= 2 * lim;
  }
  return v;
}

function writeN(buf, value, offset, n, le, min, max) {
  value = +value;
  if (n === 1) {
    validateNumber(offset, 'offset');
    if (value > max || value < min) throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
    if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
    buf[offset] = value;
    return offset + 1;
  }
  checkInt(value, min, max, buf, offset, n - 1);
  let v = value;
  if (v < 0) v += 2 ** (8 * n);
  v = MathTrunc(v);
  for (let i = 0; i < n; i++) {
    const byte = v % 256;
    buf[le ? offset + i : offset + n - 1 - i] = byte;
    v = (v - byte) / 256;
  }
  return offset + n;
}

const uMax = [0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff];

function defineInt(n, le) {
  const suffix = n === 1 ? '' : (le ? 'LE' : 'BE');
  const bits = n * 8;
  const smax = 2 ** (bits - 1) - 1;
  const smin = -(2 ** (bits - 1));
  if (n === 1 || n === 2 || n === 4) {
    const r = function(offset = 0) { return readN(this, offset, n, le, false); };
    const rs = function(offset = 0) { return readN(this, offset, n, le, true); };
    const w = function(value, offset = 0) { return writeN(this, value, offset, n, le, 0, uMax[n]); };
    const ws = function(value, offset = 0) { return writeN(this, value, offset, n, le, smin, smax); };
    setName(r, `readUInt${bits}${suffix}`);
    setName(rs, `readInt${bits}${suffix}`);
    setName(w, `writeUInt${bits}${suffix}`);
    setName(ws, `writeInt${bits}${suffix}`);
    proto[`readUInt${bits}${suffix}`] = proto[`readUint${bits}${suffix}`] = r;
    proto[`readInt${bits}${suffix}`] = rs;
    proto[`writeUInt${bits}${suffix}`] = proto[`writeUint${bits}${suffix}`] = w;
    proto[`writeInt${bits}${suffix}`] = ws;
  }
}
function setName(fn, name) {
  Object.defineProperty(fn, 'name', { __proto__: null, value: name, configurable: true });
}
defineInt(1, true);
for (const le of [true, false]) {
  defineInt(2, le);
  defineInt(4, le);
  const suffix = le ? 'LE' : 'BE';
  const readU = function(offset, byteLength) {
    if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
    if (byteLength >= 1 && byteLength <= 6 && NumberIsInteger(byteLength)) {
      return readN(this, offset, byteLength, le, false);
    }
    boundsError(byteLength, 6, 'byteLength');
  };
  const readS = function(offset, byteLength) {
    if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
    if (byteLength >= 1 && byteLength <= 6 && NumberIsInteger(byteLength)) {
      return readN(this, offset, byteLength, le, true);
    }
    boundsError(byteLength, 6, 'byteLength');
  };
  const writeU = function(value, offset, byteLength) {
    if (byteLength >= 1 && byteLength <= 6 && NumberIsInteger(byteLength)) {
      return writeN(this, value, offset, byteLength, le, 0, uMax[byteLength]);
    }
    boundsError(byteLength, 6, 'byteLength');
  };
  const writeS = function(value, offset, byteLength) {
    if (byteLength >= 1 && byteLength <= 6 && NumberIsInteger(byteLength)) {
      const lim = 2 ** (8 * byteLength - 1);
      return writeN(this, value, offset, byteLength, le, -lim, lim - 1);
    }
    boundsError(byteLength, 6, 'byteLength');
  };
  setName(readU, `readUInt${suffix}`);
  setName(readS, `readInt${suffix}`);
  setName(writeU, `writeUInt${suffix}`);
  setName(writeS, `writeInt${suffix}`);
  proto[`readUInt${suffix}`] = proto[`readUint${suffix}`] = readU;
  proto[`readInt${suffix}`] = readS;
  proto[`writeUInt${suffix}`] = proto[`writeUint${suffix}`] = writeU;
  proto[`writeInt${suffix}`] = writeS;

  const readF = function(offset = 0) {
    validateNumber(offset, 'offset');
    if (this[offset] === undefined || this[offset + 3] === undefined) boundsError(offset, this.length - 4);
    return readFloat(this, offset, le, 4);
  };
  const readD = function(offset = 0) {
    validateNumber(offset, 'offset');
    if (this[offset] === undefined || this[offset + 7] === undefined) boundsError(offset, this.length - 8);
    return readFloat(this, offset, le, 8);
  };
  const writeF = function(val, offset = 0) {
    val = +val;
    checkBounds(this, offset, 3);
    return writeFloat(this, val, offset, le, 4);
  };
  const writeD = function(val, offset = 0) {
    val = +val;
    checkBounds(this, offset, 7);
    return writeFloat(this, val, offset, le, 8);
  };
  setName(readF, `readFloat${suffix}`);
  setName(readD, `readDouble${suffix}`);
  setName(writeF, `writeFloat${suffix}`);
  setName(writeD, `writeDouble${suffix}`);
  proto[`readFloat${suffix}`] = readF;
  proto[`readDouble${suffix}`] = readD;
  proto[`writeFloat${suffix}`] = writeF;
  proto[`writeDouble${suffix}`] = writeD;

  const readBU = function(offset = 0) {
    validateNumber(offset, 'offset');
    const first = this[offset];
    const last = this[offset + 7];
    if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
    const lo = readN(this, le ? offset : offset + 4, 4, le, false);
    const hi = readN(this, le ? offset + 4 : offset, 4, le, false);
    return BigInt(lo) + (BigInt(hi) << 32n);
  };
  const readBS = function(offset = 0) {
    return BigInt.asIntN(64, readBU.call(this, offset));
  };
  const writeB = (signed) => function(value, offset = 0) {
    if (signed) checkInt(value, -(2n ** 63n), 2n ** 63n - 1n, this, offset, 7);
    else checkInt(value, 0n, 0xffffffffffffffffn, this, offset, 7);
    const v = value & 0xffffffffffffffffn;
    const lo = Number(v & 0xffffffffn);
    const hi = Number(v >> 32n);
    writeN(this, lo, le ? offset : offset + 4, 4, le, 0, 0xffffffff);
    writeN(this, hi, le ? offset + 4 : offset, 4, le, 0, 0xffffffff);
    return offset + 8;
  };
  const writeBU = writeB(false);
  const writeBS = writeB(true);
  setName(readBU, `readBigUInt64${suffix}`);
  setName(readBS, `readBigInt64${suffix}`);
  setName(writeBU, `writeBigUInt64${suffix}`);
  setName(writeBS, `writeBigInt64${suffix}`);
  proto[`readBigUInt64${suffix}`] = proto[`readBigUint64${suffix}`] = readBU;
  proto[`readBigInt64${suffix}`] = readBS;
  proto[`writeBigUInt64${suffix}`] = proto[`writeBigUint64${suffix}`] = writeBU;
  proto[`writeBigInt64${suffix}`] = writeBS;
}

// Fixed-size reads and writes, one function each. The engine has no JIT, so the general
// versions above (a loop over n bytes, default parameters, a wrapped validateNumber per call) cost
// many times the few element accesses the job needs; these check the common case inline and
// leave every error to the same helpers, so messages do not change.
function readUInt8(offset) {
  if (offset === undefined) offset = 0;
  else if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const v = this[offset];
  if (v === undefined) boundsError(offset, this.length - 1);
  return v;
}
function readInt8(offset) {
  if (offset === undefined) offset = 0;
  else if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const v = this[offset];
  if (v === undefined) boundsError(offset, this.length - 1);
  return v >= 0x80 ? v - 0x100 : v;
}
function readUInt16LE(offset) {
  if (offset === undefined) offset = 0;
  else if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  return first + last * 0x100;
}
function readUInt16BE(offset) {
  if (offset === undefined) offset = 0;
  else if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  return first * 0x100 + last;
}
function readInt16LE(offset) {
  if (offset === undefined) offset = 0;
  else if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  const v = first + last * 0x100;
  return v >= 0x8000 ? v - 0x10000 : v;
}
function readInt16BE(offset) {
  if (offset === undefined) offset = 0;
  else if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  const v = first * 0x100 + last;
  return v >= 0x8000 ? v - 0x10000 : v;
}
function readUInt32LE(offset) {
  if (offset === undefined) offset = 0;
  else if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + last * 0x1000000;
}
function readUInt32BE(offset) {
  if (offset === undefined) offset = 0;
  else if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first * 0x1000000 + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + last;
}
function readInt32LE(offset) {
  if (offset === undefined) offset = 0;
  else if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + (last << 24);
}
function readInt32BE(offset) {
  if (offset === undefined) offset = 0;
  else if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return (first << 24) + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + last;
}

// The value is range-checked and the offset bounds-checked in one test; anything unusual (NaN,
// a bad offset, out of range) goes through checkInt, which throws Node's error or returns.
function writeU8(buf, value, offset, min, max) {
  value = +value;
  if (offset === undefined) offset = 0;
  if (!(value >= min && value <= max) || typeof offset !== 'number' || buf[offset] === undefined) {
    validateNumber(offset, 'offset');
    if (value > max || value < min) throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
    if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  }
  buf[offset] = value;
  return offset + 1;
}
function writeUInt8(value, offset) { return writeU8(this, value, offset, 0, 0xff); }
function writeInt8(value, offset) { return writeU8(this, value, offset, -0x80, 0x7f); }

// Written out per width and byte order: a shared helper would cost one more call per write.
function writeUInt16LE(value, offset) {
  value = +value;
  if (offset === undefined) offset = 0;
  if (!(value >= 0 && value <= 0xffff) || typeof offset !== 'number' ||
      this[offset] === undefined || this[offset + 1] === undefined) {
    checkInt(value, 0, 0xffff, this, offset, 1);
  }
  this[offset] = value;
  this[offset + 1] = value >>> 8;
  return offset + 2;
}
function writeUInt16BE(value, offset) {
  value = +value;
  if (offset === undefined) offset = 0;
  if (!(value >= 0 && value <= 0xffff) || typeof offset !== 'number' ||
      this[offset] === undefined || this[offset + 1] === undefined) {
    checkInt(value, 0, 0xffff, this, offset, 1);
  }
  this[offset] = value >>> 8;
  this[offset + 1] = value;
  return offset + 2;
}
function writeInt16LE(value, offset) {
  value = +value;
  if (offset === undefined) offset = 0;
  if (!(value >= -0x8000 && value <= 0x7fff) || typeof offset !== 'number' ||
      this[offset] === undefined || this[offset + 1] === undefined) {
    checkInt(value, -0x8000, 0x7fff, this, offset, 1);
  }
  this[offset] = value;
  this[offset + 1] = value >>> 8;
  return offset + 2;
}
function writeInt16BE(value, offset) {
  value = +value;
  if (offset === undefined) offset = 0;
  if (!(value >= -0x8000 && value <= 0x7fff) || typeof offset !== 'number' ||
      this[offset] === undefined || this[offset + 1] === undefined) {
    checkInt(value, -0x8000, 0x7fff, this, offset, 1);
  }
  this[offset] = value >>> 8;
  this[offset + 1] = value;
  return offset + 2;
}
function writeUInt32LE(value, offset) {
  value = +value;
  if (offset === undefined) offset = 0;
  if (!(value >= 0 && value <= 0xffffffff) || typeof offset !== 'number' ||
      this[offset] === undefined || this[offset + 3] === undefined) {
    checkInt(value, 0, 0xffffffff, this, offset, 3);
  }
  this[offset] = value;
  this[offset + 1] = value >>> 8;
  this[offset + 2] = value >>> 16;
  this[offset + 3] = value >>> 24;
  return offset + 4;
}
function writeUInt32BE(value, offset) {
  value = +value;
  if (offset === undefined) offset = 0;
  if (!(value >= 0 && value <= 0xffffffff) || typeof offset !== 'number' ||
      this[offset] === undefined || this[offset + 3] === undefined) {
    checkInt(value, 0, 0xffffffff, this, offset, 3);
  }
  this[offset] = value >>> 24;
  this[offset + 1] = value >>> 16;
  this[offset + 2] = value >>> 8;
  this[offset + 3] = value;
  return offset + 4;
}
function writeInt32LE(value, offset) {
  value = +value;
  if (offset === undefined) offset = 0;
  if (!(value >= -0x80000000 && value <= 0x7fffffff) || typeof offset !== 'number' ||
      this[offset] === undefined || this[offset + 3] === undefined) {
    checkInt(value, -0x80000000, 0x7fffffff, this, offset, 3);
  }
  this[offset] = value;
  this[offset + 1] = value >>> 8;
  this[offset + 2] = value >>> 16;
  this[offset + 3] = value >>> 24;
  return offset + 4;
}
function writeInt32BE(value, offset) {
  value = +value;
  if (offset === undefined) offset = 0;
  if (!(value >= -0x80000000 && value <= 0x7fffffff) || typeof offset !== 'number' ||
      this[offset] === undefined || this[offset + 3] === undefined) {
    checkInt(value, -0x80000000, 0x7fffffff, this, offset, 3);
  }
  this[offset] = value >>> 24;
  this[offset + 1] = value >>> 16;
  this[offset + 2] = value >>> 8;
  this[offset + 3] = value;
  return offset + 4;
}

function floatReader(le, size) {
  return function(offset) {
    if (offset === undefined) offset = 0;
    else if (typeof offset !== 'number') validateNumber(offset, 'offset');
    if (this[offset] === undefined || this[offset + size - 1] === undefined) boundsError(offset, this.length - size);
    return readFloat(this, offset, le, size);
  };
}
function floatWriter(le, size) {
  return function(val, offset) {
    val = +val;
    if (offset === undefined) offset = 0;
    if (typeof offset !== 'number' || this[offset] === undefined || this[offset + size - 1] === undefined) {
      checkBounds(this, offset, size - 1);
    }
    return writeFloat(this, val, offset, le, size);
  };
}

function bigReader(le) {
  return function(offset) {
    if (offset === undefined) offset = 0;
    else if (typeof offset !== 'number') validateNumber(offset, 'offset');
    const first = this[offset];
    const last = this[offset + 7];
    if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
    let lo;
    let hi;
    if (le) {
      lo = first + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + this[offset + 3] * 0x1000000;
      hi = this[offset + 4] + this[offset + 5] * 0x100 + this[offset + 6] * 0x10000 + last * 0x1000000;
    } else {
      hi = first * 0x1000000 + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + this[offset + 3];
      lo = this[offset + 4] * 0x1000000 + this[offset + 5] * 0x10000 + this[offset + 6] * 0x100 + last;
    }
    return (BigInt(hi) << 32n) + BigInt(lo);
  };
}

// Installs fn under its Node names with Node's name and length: Node's 8/16/32-bit readers
// are anonymous wrappers of length 1, its float methods are named by byte order
// (readFloatForwards is readFloatLE).
function installFast(fn, length, ...names) {
  setName(fn, fastNames[names[0]] ?? names[0]);
  Object.defineProperty(fn, 'length', { __proto__: null, value: length, configurable: true });
  for (const n of names) proto[n] = fn;
}
const fastNames = {
  __proto__: null,
  readUInt8: '', readInt8: '', readUInt16LE: '', readUInt16BE: '', readInt16LE: '', readInt16BE: '',
  readUInt32LE: '', readUInt32BE: '', readInt32LE: '', readInt32BE: '',
  readFloatLE: 'readFloatForwards', readFloatBE: 'readFloatBackwards',
  readDoubleLE: 'readDoubleForwards', readDoubleBE: 'readDoubleBackwards',
  writeFloatLE: 'writeFloatForwards', writeFloatBE: 'writeFloatBackwards',
  writeDoubleLE: 'writeDoubleForwards', writeDoubleBE: 'writeDoubleBackwards',
};
installFast(readUInt8, 1, 'readUInt8', 'readUint8');
installFast(readInt8, 1, 'readInt8');
installFast(readUInt16LE, 1, 'readUInt16LE', 'readUint16LE');
installFast(readUInt16BE, 1, 'readUInt16BE', 'readUint16BE');
installFast(readInt16LE, 1, 'readInt16LE');
installFast(readInt16BE, 1, 'readInt16BE');
installFast(readUInt32LE, 1, 'readUInt32LE', 'readUint32LE');
installFast(readUInt32BE, 1, 'readUInt32BE', 'readUint32BE');
installFast(readInt32LE, 1, 'readInt32LE');
installFast(readInt32BE, 1, 'readInt32BE');
installFast(writeUInt8, 1, 'writeUInt8', 'writeUint8');
installFast(writeInt8, 1, 'writeInt8');
installFast(writeUInt16LE, 1, 'writeUInt16LE', 'writeUint16LE');
installFast(writeUInt16BE, 1, 'writeUInt16BE', 'writeUint16BE');
installFast(writeInt16LE, 1, 'writeInt16LE');
installFast(writeInt16BE, 1, 'writeInt16BE');
installFast(writeUInt32LE, 1, 'writeUInt32LE', 'writeUint32LE');
installFast(writeUInt32BE, 1, 'writeUInt32BE', 'writeUint32BE');
installFast(writeInt32LE, 1, 'writeInt32LE');
installFast(writeInt32BE, 1, 'writeInt32BE');
installFast(floatReader(true, 4), 0, 'readFloatLE');
installFast(floatReader(false, 4), 0, 'readFloatBE');
installFast(floatReader(true, 8), 0, 'readDoubleLE');
installFast(floatReader(false, 8), 0, 'readDoubleBE');
installFast(floatWriter(true, 4), 1, 'writeFloatLE');
installFast(floatWriter(false, 4), 1, 'writeFloatBE');
installFast(floatWriter(true, 8), 1, 'writeDoubleLE');
installFast(floatWriter(false, 8), 1, 'writeDoubleBE');
{
  const readBU64LE = bigReader(true);
  const readBU64BE = bigReader(false);
  installFast(readBU64LE, 0, 'readBigUInt64LE', 'readBigUint64LE');
  installFast(readBU64BE, 0, 'readBigUInt64BE', 'readBigUint64BE');
  installFast(function(offset) { return BigInt.asIntN(64, readBU64LE.call(this, offset)); }, 0, 'readBigInt64LE');
  installFast(function(offset) { return BigInt.asIntN(64, readBU64BE.call(this, offset)); }, 0, 'readBigInt64BE');
}

// The common case of the fixed-size reads and writes runs natively; these JS functions remain
// their fallback for errors and unusual arguments.
binding.installFastRW(proto);
// Likewise Buffer creation, fill(number), copy, write and toString.
binding.installFastAlloc({
  alloc: Buffer.alloc, allocUnsafe: Buffer.allocUnsafe, from: Buffer.from, fill: proto.fill,
  copy: proto.copy, write: proto.write, toString: proto.toString,
});
// the same function as toString, in Node too
proto.toLocaleString = proto.toString;

// Node's prototype has its methods in this order (Object.keys(Buffer.prototype) shows it).
const kProtoOrder = [
  'readBigUInt64LE',
  'readBigUInt64BE',
  'readBigUint64LE',
  'readBigUint64BE',
  'readBigInt64LE',
  'readBigInt64BE',
  'writeBigUInt64LE',
  'writeBigUInt64BE',
  'writeBigUint64LE',
  'writeBigUint64BE',
  'writeBigInt64LE',
  'writeBigInt64BE',
  'readUIntLE',
  'readUInt32LE',
  'readUInt16LE',
  'readUInt8',
  'readUIntBE',
  'readUInt32BE',
  'readUInt16BE',
  'readUintLE',
  'readUint32LE',
  'readUint16LE',
  'readUint8',
  'readUintBE',
  'readUint32BE',
  'readUint16BE',
  'readIntLE',
  'readInt32LE',
  'readInt16LE',
  'readInt8',
  'readIntBE',
  'readInt32BE',
  'readInt16BE',
  'writeUIntLE',
  'writeUInt32LE',
  'writeUInt16LE',
  'writeUInt8',
  'writeUIntBE',
  'writeUInt32BE',
  'writeUInt16BE',
  'writeUintLE',
  'writeUint32LE',
  'writeUint16LE',
  'writeUint8',
  'writeUintBE',
  'writeUint32BE',
  'writeUint16BE',
  'writeIntLE',
  'writeInt32LE',
  'writeInt16LE',
  'writeInt8',
  'writeIntBE',
  'writeInt32BE',
  'writeInt16BE',
  'readFloatLE',
  'readFloatBE',
  'readDoubleLE',
  'readDoubleBE',
  'writeFloatLE',
  'writeFloatBE',
  'writeDoubleLE',
  'writeDoubleBE',
  'asciiSlice',
  'base64Slice',
  'base64urlSlice',
  'latin1Slice',
  'hexSlice',
  'ucs2Slice',
  'utf8Slice',
  'asciiWrite',
  'base64Write',
  'base64urlWrite',
  'latin1Write',
  'hexWrite',
  'ucs2Write',
  'utf8Write',
  'parent',
  'offset',
  'copy',
  'toString',
  'equals',
  'inspect',
  'compare',
  'indexOf',
  'lastIndexOf',
  'includes',
  'fill',
  'write',
  'toJSON',
  'subarray',
  'slice',
  'swap16',
  'swap32',
  'swap64',
  'toLocaleString',
];
for (const key of kProtoOrder) {
  const d = Object.getOwnPropertyDescriptor(proto, key);
  delete proto[key];
  Object.defineProperty(proto, key, d);
}

// --------------------------------------------------------------------- module functions
function isUtf8(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input)) return binding.isUtf8(input);
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isAscii(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input)) return binding.isAscii(input);
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

let DOMExceptionClass;
function lazyDOMException(message, name) {
  if (DOMExceptionClass === undefined) {
    DOMExceptionClass = globalThis.DOMException;
    if (typeof DOMExceptionClass !== 'function') {
      const codes = { InvalidCharacterError: 5 };
      DOMExceptionClass = class DOMException extends Error {
        constructor(msg = '', nm = 'Error') {
          super(msg);
          Object.defineProperty(this, 'name', { __proto__: null, value: nm, configurable: true, writable: true });
          Object.defineProperty(this, 'code', { __proto__: null, value: codes[nm] || 0, configurable: true, writable: true });
        }
      };
    }
  }
  return new DOMExceptionClass(message, name);
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  const r = binding.btoa(`${input}`);
  if (typeof r === 'number') throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  return r;
}

// forgiving-base64 (https://infra.spec.whatwg.org/#forgiving-base64)
function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  // The binding checks the forgiving-base64 rules too: 1 is an invalid character, 2 a length
  // that cannot be decoded.
  const r = binding.atob(`${input}`);
  if (r === null || r === 1) throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  if (r === 2) {
    throw lazyDOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  }
  return r;
}

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (source.length === 0) return Buffer.alloc(0);
  const from = normalizeEncoding(fromEncoding) || fromEncoding;
  const to = normalizeEncoding(toEncoding) || toEncoding;
  const ok = ['utf8', 'utf16le', 'latin1', 'ascii'];
  if (!ok.includes(from) || !ok.includes(to)) {
    const err = new Error(`Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]`);
    err.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    err.errno = 1;
    throw err;
  }
  const str = decodeSlice(source, 0, source.length, E[from]);
  if (to === 'ascii' || to === 'latin1') {
    // characters the target cannot hold become '?'
    let out = '';
    const lim = to === 'ascii' ? 0x7f : 0xff;
    for (let i = 0; i < str.length; i++) {
      const c = str.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) i++;
      out += c > lim ? '?' : str[i];
    }
    return fromString(out, 'latin1');
  }
  return fromString(str, to);
}

const constants = {};
Object.defineProperties(constants, {
  MAX_LENGTH: { __proto__: null, value: kMaxLength, writable: false, enumerable: true, configurable: false },
  MAX_STRING_LENGTH: { __proto__: null, value: kStringMaxLength, writable: false, enumerable: true, configurable: false },
});

let INSPECT_MAX_BYTES = INSPECT_MAX_BYTES_DEFAULT;

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
};
Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return INSPECT_MAX_BYTES; },
  set(val) {
    validateNumber(val, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = val;
  },
});
for (const name of ['Blob', 'resolveObjectURL', 'File']) {
  Object.defineProperty(module.exports, name, {
    __proto__: null, configurable: true, enumerable: true,
    get() {
      let blob;
      try {
        blob = require('internal/blob');
      } catch {
        return undefined;
      }
      return blob[name];
    },
  });
}
// Internal helpers other builtins use (Node's internal/buffer).
binding.internals = { FastBuffer, normalizeEncoding, getEncodingOps, isUint8Array, isAnyArrayBuffer };
