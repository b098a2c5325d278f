'use strict';
// The Web Crypto object (globalThis.crypto, crypto.webcrypto): getRandomValues, randomUUID and
// subtle.digest for the SHA-1/SHA-2 family. The rest of SubtleCrypto (keys, sign, encrypt…) is not
// implemented yet; see docs/compat/crypto.md.

const { internals, oneShot, hashInfo } = internalBinding('crypto');
const { randomFillSync, randomUUID, isTypedArray, viewBytes, isAnyArrayBuffer } = internals;
const { ERR_INVALID_THIS, ERR_MISSING_ARGS, ERR_ILLEGAL_CONSTRUCTOR } = require('internal/errors').codes;

let DOMExceptionClass;
// Node's DOMException when gnode has one as a global; until then a stand-in with the same name,
// message and legacy code.
function domException(message, name) {
  if (DOMExceptionClass === undefined) {
    DOMExceptionClass = globalThis.DOMException;
    if (typeof DOMExceptionClass !== 'function') {
      const legacyCodes = {
        __proto__: null, TypeMismatchError: 17, QuotaExceededError: 22, NotSupportedError: 9,
      };
      DOMExceptionClass = class DOMException extends Error {
        constructor(msg = '', nm = 'Error') {
          super(msg);
          Object.defineProperty(this, 'name', { __proto__: null, value: nm, configurable: true, writable: true });
          Object.defineProperty(this, 'code', { __proto__: null, value: legacyCodes[nm] || 0, configurable: true, writable: true });
        }
      };
    }
  }
  return new DOMExceptionClass(message, name);
}

const kIllegal = Symbol('kIllegal');

const TypedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

class SubtleCrypto {
  constructor(key) {
    if (key !== kIllegal) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  digest(algorithm, data) {
    if (!(this instanceof SubtleCrypto)) return Promise.reject(new ERR_INVALID_THIS('SubtleCrypto'));
    const argc = arguments.length;
    return new Promise((resolve) => {
      if (argc < 2) throw new ERR_MISSING_ARGS('algorithm', 'data');
      const name = typeof algorithm === 'object' && algorithm !== null ? algorithm.name : algorithm;
      const canonical = { 'sha-1': 'sha1', 'sha-256': 'sha256', 'sha-384': 'sha384', 'sha-512': 'sha512' }[
        `${name}`.toLowerCase()];
      let bytes;
      if (isAnyArrayBuffer(data)) bytes = new Uint8Array(data);
      else if (ArrayBuffer.isView(data)) bytes = viewBytes(data);
      else {
        const err = new TypeError("Failed to execute 'digest' on 'SubtleCrypto': 2nd argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.");
        err.code = 'ERR_INVALID_ARG_TYPE';
        throw err;
      }
      if (canonical === undefined || hashInfo(canonical) === undefined) {
        throw domException('Unrecognized algorithm name', 'NotSupportedError');
      }
      // The input is copied first: the spec hashes the bytes as they were at the call.
      resolve(oneShot(canonical, bytes.slice(), 0, -1));
    });
  }
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'SubtleCrypto', configurable: true,
});

const subtle = new SubtleCrypto(kIllegal);

class Crypto {
  constructor(key) {
    if (key !== kIllegal) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get subtle() {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    const tag = isTypedArray(array) ? TypedArrayTag.call(array) : undefined;
    if (tag === undefined || tag === 'Float32Array' || tag === 'Float64Array' || tag === 'Float16Array') {
      throw domException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
    }
    if (array.byteLength > 65536) {
      throw domException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
    }
    randomFillSync(array, 0);
    return array;
  }

  randomUUID() {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    return randomUUID();
  }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Crypto', configurable: true,
});
for (const name of ['subtle', 'getRandomValues', 'randomUUID']) {
  const d = Object.getOwnPropertyDescriptor(Crypto.prototype, name);
  d.enumerable = true;
  Object.defineProperty(Crypto.prototype, name, d);
}

const crypto = new Crypto(kIllegal);

module.exports = { crypto, Crypto, SubtleCrypto };
