'use strict';
// TextEncoder and TextDecoder (WHATWG Encoding): the classes here, the coding in Go.

const binding = internalBinding('internal/encoding');
const {
  ERR_ENCODING_NOT_SUPPORTED,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_THIS,
} = require('internal/errors').codes;
const { validateObject, validateString } = require('internal/validators');

let inspectFn;
function inspect(v, opts) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(v, opts);
}

const kEncoder = Symbol('encoder');
const kDecoder = Symbol('decoder');
const kFlags = Symbol('flags');
const kEncoding = Symbol('encoding');
const kHandle = Symbol('handle');

const CONVERTER_FLAGS_FLUSH = 0x1;
const CONVERTER_FLAGS_FATAL = 0x2;
const CONVERTER_FLAGS_IGNORE_BOM = 0x4;

const kEnumerableProperty = { __proto__: null, enumerable: true };
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const isUint8Array = (v) => typedArrayTag.call(v) === 'Uint8Array';

function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}

function isAnyArrayBuffer(v) {
  try {
    Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get.call(v);
    return true;
  } catch {
    return false;
  }
}

class TextEncoder {
  constructor() {
    this[kEncoder] = true;
  }

  get encoding() {
    validateEncoder(this);
    return 'utf-8';
  }

  encode(input = '') {
    validateEncoder(this);
    return new Uint8Array(binding.encode(`${input}`));
  }

  encodeInto(src, dest) {
    validateEncoder(this);
    validateString(src, 'src');
    if (!dest || !isUint8Array(dest)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    const result = { read: 0, written: 0 };
    binding.encodeInto(src, dest, result);
    return result;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, opts) {
    validateEncoder(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const ctor = this.constructor;
    const obj = { __proto__: { constructor: ctor === null ? TextEncoder : ctor } };
    obj.encoding = this.encoding;
    return inspect(obj, opts);
  }
}

function validateEncoder(obj) {
  if (obj == null || obj[kEncoder] !== true) throw new ERR_INVALID_THIS('TextEncoder');
}

Object.defineProperties(TextEncoder.prototype, {
  encode: kEnumerableProperty,
  encodeInto: kEnumerableProperty,
  encoding: kEnumerableProperty,
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'TextEncoder' },
});

function validateDecoder(obj) {
  if (obj == null || obj[kDecoder] !== true) throw new ERR_INVALID_THIS('TextDecoder');
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = { __proto__: null }) {
    encoding = `${encoding}`;
    validateObject(options, 'options', 1 | 2 | 4);
    const enc = binding.lookup(encoding);
    if (enc === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    let flags = 0;
    if (options !== null) {
      flags |= options.fatal ? CONVERTER_FLAGS_FATAL : 0;
      flags |= options.ignoreBOM ? CONVERTER_FLAGS_IGNORE_BOM : 0;
    }
    this[kDecoder] = true;
    this[kFlags] = flags;
    this[kEncoding] = enc;
    this[kHandle] = binding.decoder(enc, (flags & CONVERTER_FLAGS_FATAL) !== 0,
                                    (flags & CONVERTER_FLAGS_IGNORE_BOM) !== 0);
  }

  decode(input = undefined, options = undefined) {
    validateDecoder(this);
    // Go takes byte arrays, ArrayBuffers and plain options directly; the rest is checked here
    let out = this[kHandle](input, options);
    if (out === null) {
      if (isArrayBufferView(input)) {
        input = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
      } else if (!isAnyArrayBuffer(input)) {
        // the wording of Node's C++ check
        const err = new TypeError('The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
        err.code = 'ERR_INVALID_ARG_TYPE';
        throw err;
      }
      if (options !== undefined) validateObject(options, 'options', 1 | 2 | 4);
      out = this[kHandle](input, options);
    }
    if (out === undefined) {
      // thrown by Node's C++ decoders: a TypeError with a code, not a NodeError
      const err = new TypeError(`The encoded data was not valid for encoding ${this[kEncoding]}`);
      err.code = 'ERR_ENCODING_INVALID_ENCODED_DATA';
      throw err;
    }
    return out;
  }

  get encoding() {
    validateDecoder(this);
    return this[kEncoding];
  }

  get fatal() {
    validateDecoder(this);
    return (this[kFlags] & CONVERTER_FLAGS_FATAL) === CONVERTER_FLAGS_FATAL;
  }

  get ignoreBOM() {
    validateDecoder(this);
    return (this[kFlags] & CONVERTER_FLAGS_IGNORE_BOM) === CONVERTER_FLAGS_IGNORE_BOM;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, opts) {
    validateDecoder(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = this.constructor === null ? TextDecoder : this.constructor;
    const obj = { __proto__: { constructor } };
    obj.encoding = this.encoding;
    obj.fatal = this.fatal;
    obj.ignoreBOM = this.ignoreBOM;
    if (opts.showHidden) {
      obj[kFlags] = this[kFlags];
      obj[kHandle] = this[kHandle];
    }
    return `${constructor.name} ${inspect(obj, opts)}`;
  }
}

Object.defineProperties(TextDecoder.prototype, {
  decode: kEnumerableProperty,
  encoding: kEnumerableProperty,
  fatal: kEnumerableProperty,
  ignoreBOM: kEnumerableProperty,
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'TextDecoder' },
});

module.exports = { TextEncoder, TextDecoder };
