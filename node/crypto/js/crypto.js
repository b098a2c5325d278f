'use strict';
// node:crypto — digests, HMACs and randomness. Go computes (internalBinding('crypto')); this glue
// gives Node's API: argument checks, errors, encodings, the random-int cache. Hash and Hmac are
// Transform streams (attachStream below, Node's LazyTransform).

const binding = internalBinding('crypto');
const { FastBuffer, normalizeEncoding } = require('internal/buffer');
const { Buffer } = require('buffer');
const errors = require('internal/errors');
const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_CRYPTO_HASH_FINALIZED,
  ERR_CRYPTO_INVALID_DIGEST,
} = errors.codes;
const {
  validateString, validateFunction, validateNumber, validateUint32, validateObject,
  validateBoolean,
} = require('internal/validators');

const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const TypedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get;
const ArrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const isArrayBufferView = ArrayBuffer.isView;
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

// The bytes of a view as something the binding reads: a DataView becomes a Uint8Array over the
// same memory.
function viewBytes(v) {
  return isTypedArray(v) ? v : new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
}

const kHandle = Symbol('kHandle');
const kState = Symbol('kState');
const kFinalized = Symbol('kFinalized');

// Digest encodings the binding writes itself (see encHex & co in crypto.go).
const kDigestEnc = { __proto__: null, hex: 1, base64: 2, base64url: 3 };

// Errors OpenSSL raises in Node; they carry no Node code of their own.
function digestNotSupported() {
  return new Error('Digest method not supported');
}
function notXofOrInvalidLength() {
  const err = new Error('error:030000B2:digital envelope routines::not XOF or invalid length');
  err.library = 'digital envelope routines';
  err.reason = 'not XOF or invalid length';
  err.code = 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH';
  return err;
}
// Errors Node throws from C++: a code property, no "[CODE]" in the stack's first line.
function nativeError(Ctor, code, message) {
  const err = new Ctor(message);
  err.code = code;
  return err;
}

// Turns what the binding gives for a digest (a string, or an ArrayBuffer) into what Node returns.
function digestResult(raw, enc) {
  if (typeof raw === 'string') return raw;
  const buf = new FastBuffer(raw);
  if (enc === undefined || enc === 'buffer') return buf;
  return buf.toString(enc);
}

// update(data, encoding) bytes: a UTF-8 string goes to Go as is; other encodings are decoded here.
function updateData(data, encoding) {
  if (typeof data === 'string') {
    if (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8') return data;
    const enc = normalizeEncoding(encoding);
    if (enc === undefined || enc === 'utf8') return data;
    if (enc === 'hex' && data.length % 2 !== 0) {
      throw new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${data.length}`);
    }
    return Buffer.from(data, enc);
  }
  if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  return viewBytes(data);
}

function outputLengthOf(options) {
  const xofLen = typeof options === 'object' && options !== null ? options.outputLength : undefined;
  if (xofLen !== undefined) validateUint32(xofLen, 'options.outputLength');
  return xofLen === undefined ? -1 : xofLen;
}

function legacyUnsupported(withStack) {
  const err = new Error('error:0308010C:digital envelope routines::unsupported');
  if (withStack) {
    err.opensslErrorStack = [
      'error:03000086:digital envelope routines::initialization error',
      'error:0308010C:digital envelope routines::unsupported',
    ];
  }
  err.library = 'digital envelope routines';
  err.reason = 'unsupported';
  err.code = 'ERR_OSSL_EVP_UNSUPPORTED';
  return err;
}

function checkHandle(h) {
  if (h === 0) throw digestNotSupported();
  if (h === 1) throw notXofOrInvalidLength();
  if (h === 2) throw legacyUnsupported(true);
  return h;
}

// ---------------------------------------------------------------------------- Hash

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  const copyOf = algorithm instanceof Hash ? algorithm : undefined;
  if (copyOf === undefined) validateString(algorithm, 'algorithm');
  const xofLen = outputLengthOf(options);
  this[kHandle] = checkHandle(copyOf !== undefined ?
    binding.copy(copyOf[kHandle], xofLen) : binding.newHash(algorithm, xofLen));
  this[kState] = { [kFinalized]: false };
  this._options = options;
}

Hash.prototype.copy = function copy(options) {
  if (this[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(this, options);
};

Hash.prototype.update = function update(data, encoding) {
  if (this[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  binding.update(this[kHandle], updateData(data, encoding));
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  const enc = normalizeEncoding(outputEncoding || 'buffer');
  state[kFinalized] = true;
  return digestResult(binding.digest(this[kHandle], kDigestEnc[enc] || 0), enc);
};

// ---------------------------------------------------------------------------- Hmac

let keys;
function secretKeyBytes(key, encoding) {
  if (typeof key === 'string') return Buffer.from(key, normalizeEncoding(encoding) || 'utf8');
  if (isArrayBufferView(key)) return viewBytes(key);
  if (isAnyArrayBuffer(key)) return new Uint8Array(key);
  if (key !== null && typeof key === 'object') {
    keys ??= require('internal/crypto/keys');
    if (keys.isKeyObject(key)) {
      if (key.type !== 'secret') throw new errors.codes.ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
      return keys.handleOf(key).bytes;
    }
  }
  throw new ERR_INVALID_ARG_TYPE('key',
    ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
}

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const encoding = options && typeof options === 'object' ? options.encoding : undefined;
  const keyBytes = secretKeyBytes(key, encoding);
  const h = binding.newHmac(hmac, keyBytes);
  if (h === 0) throw new ERR_CRYPTO_INVALID_DIGEST(hmac);
  // OpenSSL refuses an HMAC over an XOF without naming a reason.
  if (h === 1) throw new Error('error:00000000:lib(0)::reason(0)');
  if (h === 2) throw legacyUnsupported(false);
  this[kHandle] = h;
  this[kState] = { [kFinalized]: false };
  this._options = options;
}

Hmac.prototype.update = Hash.prototype.update;

Hmac.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  outputEncoding = outputEncoding || 'buffer';
  if (state[kFinalized]) {
    // Node gives an empty result for a second digest() of an Hmac instead of throwing.
    const empty = new FastBuffer(0);
    return outputEncoding === 'buffer' ? empty : empty.toString(outputEncoding);
  }
  const enc = normalizeEncoding(outputEncoding);
  state[kFinalized] = true;
  return digestResult(binding.digest(this[kHandle], kDigestEnc[enc] || 0), enc);
};

// The inspect shape of Node's handles: `Symbol(kHandle): Hash {}`.
class HashHandle {}
Object.defineProperty(HashHandle, 'name', { __proto__: null, value: 'Hash' });
class HmacHandle {}
Object.defineProperty(HmacHandle, 'name', { __proto__: null, value: 'Hmac' });
binding.setHandleProtos(HashHandle.prototype, HmacHandle.prototype);

// Hash and Hmac are Transform streams whose stream state is built only when first used (Node's
// LazyTransform): a plain createHash().update().digest() never pays for it, and Object.keys of a
// fresh Hash stays ['_options'].
function attachStream(Transform) {
  const lazyState = (name) => ({
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      Transform.call(this, this._options);
      this._writableState.decodeStrings = false;
      return this[name];
    },
    set(value) {
      Object.defineProperty(this, name, {
        __proto__: null, value, enumerable: true, configurable: true, writable: true,
      });
    },
  });
  for (const C of [Hash, Hmac]) {
    Object.setPrototypeOf(C.prototype, Transform.prototype);
    Object.setPrototypeOf(C, Transform);
    Object.defineProperties(C.prototype, {
      _readableState: lazyState('_readableState'),
      _writableState: lazyState('_writableState'),
    });
    C.prototype._transform = function _transform(chunk, encoding, callback) {
      binding.update(this[kHandle], updateData(chunk, encoding));
      callback();
    };
    C.prototype._flush = function _flush(callback) {
      this.push(new FastBuffer(binding.digest(this[kHandle], 0)));
      callback();
    };
  }
}

// node:stream is loaded only when something needs it: until then the prototypes of Hash and
// Hmac (and of the constructors) are stand-ins that load it on any use and then answer as
// Transform's would; a Transform already loaded, or loaded later for any reason, is attached at
// once, so `instanceof` and Object.getPrototypeOf see the real chain whenever a program can
// hold Transform.
function lazyStandIn(real) {
  const load = () => {
    try {
      require('stream');
    } catch {
      // a gnode without node:stream: update/digest still work
    }
    return real();
  };
  const forward = (op) => (target, ...args) => Reflect[op](load(), ...args);
  const handler = { __proto__: null };
  for (const op of ['get', 'has', 'getOwnPropertyDescriptor', 'defineProperty', 'deleteProperty',
    'ownKeys', 'getPrototypeOf', 'setPrototypeOf', 'isExtensible', 'preventExtensions']) {
    handler[op] = forward(op);
  }
  // The constructors store their own fields; those never reach a setter of the stream chain.
  handler.set = (target, key, value, receiver) => {
    if (!transformReady() && (key === kHandle || key === kState || key === '_options')) {
      return Reflect.defineProperty(receiver, key, {
        __proto__: null, value, writable: true, enumerable: true, configurable: true,
      });
    }
    return Reflect.set(load(), key, value, receiver);
  };
  return new Proxy({}, handler);
}
let transformReady = () => true;
try {
  const lazy = require('internal/streams/lazy_transform');
  transformReady = lazy.isLoaded;
  if (!lazy.isLoaded()) {
    const protoStandIn = lazyStandIn(() => require('stream').Transform.prototype);
    const ctorStandIn = lazyStandIn(() => require('stream').Transform);
    for (const C of [Hash, Hmac]) {
      Object.setPrototypeOf(C.prototype, protoStandIn);
      Object.setPrototypeOf(C, ctorStandIn);
    }
  }
  lazy.whenTransform(attachStream);
} catch {
  // a gnode without node:stream
}

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

function hash(algorithm, input, options) {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isArrayBufferView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let outputEncoding = 'hex';
  let outputLength;
  if (typeof options === 'string') {
    outputEncoding = options;
  } else if (options !== undefined) {
    validateObject(options, 'options');
    if (options.outputLength !== undefined) {
      outputLength = options.outputLength;
      validateUint32(outputLength, 'outputLength');
    }
    if (options.outputEncoding !== undefined) outputEncoding = options.outputEncoding;
  }
  validateString(outputEncoding, 'outputEncoding');
  const enc = normalizeEncoding(outputEncoding);
  if (enc === undefined && outputEncoding.toLowerCase() !== 'buffer') {
    throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
  }
  const data = typeof input === 'string' ? input : viewBytes(input);
  const info = binding.hashInfo(algorithm);
  if (info === undefined) throw new Error(`Digest method ${algorithm} is not supported`);
  if (outputLength !== undefined && outputLength !== info.size && !info.xof) {
    throw new Error(`Output length ${outputLength} is invalid for ${algorithm}, which does not support XOF`);
  }
  const raw = binding.oneShot(algorithm, data, kDigestEnc[enc] || 0, outputLength === undefined ? -1 : outputLength);
  return digestResult(raw, enc === undefined ? 'buffer' : enc);
}

function getHashes() {
  return binding.hashNames();
}

// ---------------------------------------------------------------------------- randomness

const { kMaxLength } = require('buffer');
const kMaxPossibleLength = 2 ** 31 - 1;

function checkFillTarget(buf) {
  if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
}

function byteLengthOf(buf) {
  return isAnyArrayBuffer(buf) ? ArrayBufferByteLength.call(buf) : buf.byteLength;
}

function fillView(buf) {
  if (isAnyArrayBuffer(buf)) return buf;
  return viewBytes(buf);
}

function offsetInBytes(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = Math.min(kMaxLength, length);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

function sizeInBytes(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) {
    throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  }
  return size >>> 0;
}

function randomBytes(size, callback) {
  validateNumber(size, 'size', 0, kMaxPossibleLength);
  size = Math.floor(size);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = new FastBuffer(size);
  if (callback === undefined) {
    binding.randomFill(buf, 0, size);
    return buf;
  }
  // Node answers a zero-byte request at once, inside the call.
  if (size === 0) return callback(null, buf);
  binding.randomFill(buf, 0, size, () => callback(null, buf));
}

function randomFillSync(buf, offset = 0, size) {
  checkFillTarget(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  const length = byteLengthOf(buf);
  offset = offsetInBytes(offset, elementSize, length);
  size = size === undefined ? length - offset : sizeInBytes(size, elementSize, offset, length);
  if (size !== 0) binding.randomFill(fillView(buf), offset, size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  checkFillTarget(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  const length = byteLengthOf(buf);
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = length;
  } else if (typeof size === 'function') {
    callback = size;
    offset = offsetInBytes(offset, elementSize, length);
    size = length - offset;
  } else {
    validateFunction(callback, 'callback');
    offset = offsetInBytes(offset, elementSize, length);
    size = size === undefined ? length - offset : sizeInBytes(size, elementSize, offset, length);
  }
  if (size === 0) return callback(null, buf);
  binding.randomFill(fillView(buf), offset, size, () => callback(null, buf));
}

// randomInt draws 48-bit numbers from a cache of random bytes, refilled synchronously for sync
// calls and on the pool for async ones (whose callbacks wait for the refill), as Node does.
const RAND_MAX = 0xFFFFFFFFFFFF;
const randomCache = new FastBuffer(6 * 1024);
let randomCacheOffset = randomCache.length;
let asyncCacheFillInProgress = false;
const asyncCachePendingTasks = [];

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  }
  // Values at or above randLimit would favour the low end of the range: they are drawn again.
  const randLimit = RAND_MAX - (RAND_MAX % range);
  while (isSync || randomCacheOffset < randomCache.length) {
    if (randomCacheOffset === randomCache.length) {
      binding.randomFill(randomCache, 0, randomCache.length);
      randomCacheOffset = 0;
    }
    const x = randomCache.readUIntBE(randomCacheOffset, 6);
    randomCacheOffset += 6;
    if (x < randLimit) {
      const n = (x % range) + min;
      if (isSync) return n;
      process.nextTick(callback, undefined, n);
      return;
    }
  }
  asyncCachePendingTasks.push({ min, max, callback });
  if (!asyncCacheFillInProgress) {
    asyncCacheFillInProgress = true;
    binding.randomFill(randomCache, 0, randomCache.length, () => {
      asyncCacheFillInProgress = false;
      const tasks = asyncCachePendingTasks.splice(0);
      randomCacheOffset = 0;
      for (const t of tasks) randomInt(t.min, t.max, t.callback);
    });
  }
}

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = options || {};
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  return binding.randomUUID();
}

// Node's is a native function: its length is 0.
function timingSafeEqual(...args) {
  const [buf1, buf2] = args;
  const bytes = (v, name) => {
    if (isAnyArrayBuffer(v)) return new Uint8Array(v);
    if (isArrayBufferView(v)) return viewBytes(v);
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
  };
  const a = bytes(buf1, 'buf1');
  const b = bytes(buf2, 'buf2');
  if (a.byteLength !== b.byteLength) {
    // A C++-only code in Node: it is not in the JS error table.
    throw nativeError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH',
      'Input buffers must have the same byte length');
  }
  return binding.timingSafeEqual(a, b);
}

// ---------------------------------------------------------------------------- exports

// OpenSSL's and Node's numbers as Node 24.21.0 (OpenSSL 3.5) reports them; gnode has no TLS yet,
// so they describe Node's build, not a library in gnode.
const constants = { __proto__: null };
const constantValues = {
  OPENSSL_VERSION_NUMBER: 810549376,
  SSL_OP_ALL: 2147485776,
  SSL_OP_ALLOW_NO_DHE_KEX: 1024,
  SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 262144,
  SSL_OP_CIPHER_SERVER_PREFERENCE: 4194304,
  SSL_OP_CISCO_ANYCONNECT: 32768,
  SSL_OP_COOKIE_EXCHANGE: 8192,
  SSL_OP_CRYPTOPRO_TLSEXT_BUG: 2147483648,
  SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS: 2048,
  SSL_OP_LEGACY_SERVER_CONNECT: 4,
  SSL_OP_NO_COMPRESSION: 131072,
  SSL_OP_NO_ENCRYPT_THEN_MAC: 524288,
  SSL_OP_NO_QUERY_MTU: 4096,
  SSL_OP_NO_RENEGOTIATION: 1073741824,
  SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION: 65536,
  SSL_OP_NO_SSLv2: 0,
  SSL_OP_NO_SSLv3: 33554432,
  SSL_OP_NO_TICKET: 16384,
  SSL_OP_NO_TLSv1: 67108864,
  SSL_OP_NO_TLSv1_1: 268435456,
  SSL_OP_NO_TLSv1_2: 134217728,
  SSL_OP_NO_TLSv1_3: 536870912,
  SSL_OP_PRIORITIZE_CHACHA: 2097152,
  SSL_OP_TLS_ROLLBACK_BUG: 8388608,
  ENGINE_METHOD_RSA: 1,
  ENGINE_METHOD_DSA: 2,
  ENGINE_METHOD_DH: 4,
  ENGINE_METHOD_RAND: 8,
  ENGINE_METHOD_EC: 2048,
  ENGINE_METHOD_CIPHERS: 64,
  ENGINE_METHOD_DIGESTS: 128,
  ENGINE_METHOD_PKEY_METHS: 512,
  ENGINE_METHOD_PKEY_ASN1_METHS: 1024,
  ENGINE_METHOD_ALL: 65535,
  ENGINE_METHOD_NONE: 0,
  DH_CHECK_P_NOT_SAFE_PRIME: 2,
  DH_CHECK_P_NOT_PRIME: 1,
  DH_UNABLE_TO_CHECK_GENERATOR: 4,
  DH_NOT_SUITABLE_GENERATOR: 8,
  RSA_PKCS1_PADDING: 1,
  RSA_SSLV23_PADDING: 2,
  RSA_NO_PADDING: 3,
  RSA_PKCS1_OAEP_PADDING: 4,
  RSA_X931_PADDING: 5,
  RSA_PKCS1_PSS_PADDING: 6,
  RSA_PSS_SALTLEN_DIGEST: -1,
  RSA_PSS_SALTLEN_MAX_SIGN: -2,
  RSA_PSS_SALTLEN_AUTO: -2,
  defaultCoreCipherList: 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
    'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
    'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:' +
    'DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:' +
    'DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA',
  TLS1_VERSION: 769,
  TLS1_1_VERSION: 770,
  TLS1_2_VERSION: 771,
  TLS1_3_VERSION: 772,
  POINT_CONVERSION_COMPRESSED: 2,
  POINT_CONVERSION_UNCOMPRESSED: 4,
  POINT_CONVERSION_HYBRID: 6,
};
for (const key of Object.keys(constantValues)) {
  Object.defineProperty(constants, key, {
    __proto__: null, value: constantValues[key], writable: false, enumerable: true, configurable: false,
  });
}
let defaultCipherList = constantValues.defaultCoreCipherList;
Object.defineProperty(constants, 'defaultCipherList', {
  __proto__: null, enumerable: true, configurable: true,
  get() { return defaultCipherList; },
  set(v) { defaultCipherList = v; },
});

let webcrypto;
function lazyWebCrypto() {
  if (webcrypto === undefined) webcrypto = require('internal/crypto/webcrypto');
  return webcrypto;
}

function getRandomValues(array) {
  return lazyWebCrypto().crypto.getRandomValues(array);
}

const { deprecate } = require('util');

module.exports = {
  createHash,
  createHmac,
  getHashes,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  timingSafeEqual,
  hash,
  Hash: deprecate(Hash, 'crypto.Hash constructor is deprecated.', 'DEP0179'),
  Hmac: deprecate(Hmac, 'crypto.Hmac constructor is deprecated.', 'DEP0181'),
  constants,
  getRandomValues,
};

// X509Certificate and the KeyObjects (internal/crypto/x509, internal/crypto/keys, served by
// node/tls) load on first use.
for (const [name, id] of [
  ['createPublicKey', 'internal/crypto/keys'], ['createPrivateKey', 'internal/crypto/keys'],
  ['createSecretKey', 'internal/crypto/keys'], ['KeyObject', 'internal/crypto/keys'],
  ['X509Certificate', 'internal/crypto/x509'],
]) {
  Object.defineProperty(module.exports, name, {
    __proto__: null, configurable: true, enumerable: true,
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

Object.defineProperties(module.exports, {
  webcrypto: {
    __proto__: null, configurable: false, enumerable: true,
    get() { return lazyWebCrypto().crypto; }, set: undefined,
  },
  subtle: {
    __proto__: null, configurable: false, enumerable: true,
    get() { return lazyWebCrypto().crypto.subtle; }, set: undefined,
  },
});

// Used by the webcrypto module (not part of node:crypto's API).
binding.internals = { randomFillSync, randomUUID, isTypedArray, viewBytes, isAnyArrayBuffer };
