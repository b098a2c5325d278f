'use strict';
// internal/crypto/keys: node:crypto's KeyObject classes and createSecretKey/createPublicKey/
// createPrivateKey. Asymmetric keys live as DER bytes (SPKI for public, PKCS#8 for private) that
// the Go side of internal/tls_wrap parses, describes and exports.

const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
    ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS, ERR_FEATURE_UNAVAILABLE_ON_PLATFORM,
  },
} = require('internal/errors');
const { validateObject, validateString } = require('internal/validators');
const { sslError } = require('_tls_common');
const { FastBuffer } = require('internal/buffer');
const binding = internalBinding('internal/tls_wrap');
binding.setBufferPrototype(FastBuffer.prototype);

const isArrayBufferView = ArrayBuffer.isView;
// A KeyObject's state, out of sight of util.inspect and property enumeration.
const keyState = new WeakMap();
const kKeyTypes = ['secret', 'public', 'private'];

// KeyObjectHandle is what a KeyObject wraps: the key's bytes (raw for secret keys, DER
// otherwise). It is not exported, so user code cannot forge one.
class KeyObjectHandle {
  constructor(kind, bytes) {
    this.kind = kind;
    this.bytes = bytes;
  }
}

function unwrap(result) {
  if (result.error !== undefined) throw sslError(result.error);
  return result.value;
}

function bytesEqual(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

class KeyObject {
  constructor(type, handle) {
    if (!kKeyTypes.includes(type)) throw new ERR_INVALID_ARG_VALUE('type', type);
    if (!(handle instanceof KeyObjectHandle)) throw new ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    keyState.set(this, { type, handle, facts: undefined });
  }

  get type() {
    return keyState.get(this)?.type;
  }

  equals(otherKeyObject) {
    if (!isKeyObject(otherKeyObject)) {
      throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    return otherKeyObject.type === this.type &&
      bytesEqual(handleOf(this).bytes, handleOf(otherKeyObject).bytes);
  }
}
Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'KeyObject', configurable: true,
});

function isKeyObject(obj) {
  return keyState.has(obj);
}

function handleOf(key) {
  return keyState.get(key).handle;
}

class SecretKeyObject extends KeyObject {
  constructor(handle) {
    super('secret', handle);
  }

  get symmetricKeySize() {
    return handleOf(this).bytes.length;
  }

  export(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
      const { format } = options;
      if (format === 'jwk') return { kty: 'oct', k: Buffer.from(handleOf(this).bytes).toString('base64url') };
      if (format !== undefined && format !== 'buffer') throw new ERR_INVALID_ARG_VALUE('options.format', format);
    }
    return Buffer.from(handleOf(this).bytes);
  }
}

class AsymmetricKeyObject extends KeyObject {
  get asymmetricKeyType() {
    return facts(this)?.type;
  }

  get asymmetricKeyDetails() {
    const f = facts(this);
    return f === undefined ? undefined : { ...f.details };
  }
}

function facts(key) {
  const state = keyState.get(key);
  if (state.facts === undefined) state.facts = binding.keyFacts(state.handle.kind, state.handle.bytes);
  return state.facts;
}

// exportOptions checks export()'s options as Node's parseKeyEncoding does.
function exportOptions(key, options, types) {
  validateObject(options, 'options');
  const { format = 'pem', type, cipher, passphrase } = options;
  if (format === 'jwk') return { format };
  if (format !== 'pem' && format !== 'der') throw new ERR_INVALID_ARG_VALUE('options.format', format);
  if (!types.includes(type)) throw new ERR_INVALID_ARG_VALUE('options.type', type);
  const keyType = key.asymmetricKeyType;
  if (type === 'pkcs1' && keyType !== 'rsa') {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('pkcs1', 'can only be used for RSA keys');
  }
  if (type === 'sec1' && keyType !== 'ec') {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('sec1', 'can only be used for EC keys');
  }
  if (cipher !== undefined || passphrase !== undefined) {
    throw new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('encrypted private key export');
  }
  return { format, type };
}

class PublicKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('public', handle);
  }

  export(options) {
    const { format, type } = exportOptions(this, options, ['pkcs1', 'spki']);
    return unwrap(binding.keyExport('public', handleOf(this).bytes, format, type));
  }
}

class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('private', handle);
  }

  export(options) {
    const { format, type } = exportOptions(this, options, ['pkcs1', 'pkcs8', 'sec1']);
    return unwrap(binding.keyExport('private', handleOf(this).bytes, format, type));
  }
}

function publicKeyFromSPKI(der) {
  return new PublicKeyObject(new KeyObjectHandle('public', der));
}

const kKeyInputTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'];

function toBytes(data, encoding) {
  if (typeof data === 'string') return Buffer.from(data, encoding);
  if (isArrayBufferView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return undefined;
}

// keyInput reads createPublicKey/createPrivateKey's argument: data or { key, format, type,
// passphrase, encoding }.
function keyInput(key, isPublic) {
  if (isKeyObject(key)) return { keyObject: key };
  let options = { key };
  if (typeof key === 'object' && key !== null && !isArrayBufferView(key) && !(key instanceof ArrayBuffer)) {
    options = key;
    if (isKeyObject(options.key)) return { keyObject: options.key };
  }
  const { format = 'pem', type, passphrase, encoding } = options;
  if (format === 'jwk') throw new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('JWK key import');
  if (format !== 'pem' && format !== 'der') throw new ERR_INVALID_ARG_VALUE('key.format', format);
  const data = toBytes(options.key, encoding);
  if (data === undefined) {
    throw new ERR_INVALID_ARG_TYPE(options === key ? 'key.key' : 'key', kKeyInputTypes, options.key);
  }
  if (format === 'der') {
    const types = isPublic ? ['pkcs1', 'spki'] : ['pkcs1', 'pkcs8', 'sec1'];
    if (!types.includes(type)) throw new ERR_INVALID_ARG_VALUE('key.type', type);
  }
  let pass = passphrase;
  if (pass !== undefined && pass !== null && typeof pass !== 'string') pass = toBytes(pass);
  return { data, format, type, passphrase: pass };
}

function createPublicKey(key) {
  const input = keyInput(key, true);
  if (input.keyObject !== undefined) {
    const k = input.keyObject;
    if (k.type !== 'private') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(k.type, 'private');
    return publicKeyFromSPKI(binding.keyPublicOf(handleOf(k).bytes));
  }
  return publicKeyFromSPKI(unwrap(binding.keyParsePublic(input.data, input.format, input.type, input.passphrase)));
}

function createPrivateKey(key) {
  const input = keyInput(key, false);
  if (input.keyObject !== undefined) {
    throw new ERR_INVALID_ARG_TYPE('key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'URL'], input.keyObject);
  }
  const der = unwrap(binding.keyParsePrivate(input.data, input.format, input.type, input.passphrase));
  return new PrivateKeyObject(new KeyObjectHandle('private', der));
}

function createSecretKey(key, encoding) {
  const data = toBytes(key, encoding);
  if (data === undefined) {
    throw new ERR_INVALID_ARG_TYPE('key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  }
  return new SecretKeyObject(new KeyObjectHandle('secret', Buffer.from(data)));
}

module.exports = {
  KeyObject,
  SecretKeyObject,
  PublicKeyObject,
  PrivateKeyObject,
  isKeyObject,
  publicKeyFromSPKI,
  createPublicKey,
  createPrivateKey,
  createSecretKey,
  handleOf,
};
