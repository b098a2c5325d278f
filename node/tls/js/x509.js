'use strict';
// internal/crypto/x509: crypto.X509Certificate over the certificate's DER bytes; the Go side of
// internal/tls_wrap parses and prints them as Node (OpenSSL) does.

const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateObject, validateString, validateBoolean } = require('internal/validators');
const { sslError } = require('_tls_common');
const { isKeyObject, publicKeyFromSPKI, handleOf } = require('internal/crypto/keys');
const binding = internalBinding('internal/tls_wrap');
binding.setBufferPrototype(FastBuffer.prototype);

const isArrayBufferView = ArrayBuffer.isView;
const kDer = Symbol('kDer');
const kInfo = Symbol('kInfo');
const kIssuer = Symbol('kIssuer');
const kPublicKey = Symbol('kPublicKey');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

// OpenSSL's X509_CHECK_FLAG_* bits.
const X509_CHECK_FLAG_ALWAYS_CHECK_SUBJECT = 0x1;
const X509_CHECK_FLAG_NO_WILDCARDS = 0x2;
const X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS = 0x4;
const X509_CHECK_FLAG_MULTI_LABEL_WILDCARDS = 0x8;
const X509_CHECK_FLAG_SINGLE_LABEL_SUBDOMAINS = 0x10;
const X509_CHECK_FLAG_NEVER_CHECK_SUBJECT = 0x20;

function getFlags(options = {}) {
  validateObject(options, 'options');
  const {
    subject = 'default',
    wildcards = true,
    partialWildcards = true,
    multiLabelWildcards = false,
    singleLabelSubdomains = false,
  } = { ...options };
  let flags = 0;
  validateString(subject, 'options.subject');
  validateBoolean(wildcards, 'options.wildcards');
  validateBoolean(partialWildcards, 'options.partialWildcards');
  validateBoolean(multiLabelWildcards, 'options.multiLabelWildcards');
  validateBoolean(singleLabelSubdomains, 'options.singleLabelSubdomains');
  switch (subject) {
    case 'default': break;
    case 'always': flags |= X509_CHECK_FLAG_ALWAYS_CHECK_SUBJECT; break;
    case 'never': flags |= X509_CHECK_FLAG_NEVER_CHECK_SUBJECT; break;
    default: throw new ERR_INVALID_ARG_VALUE('options.subject', subject);
  }
  if (!wildcards) flags |= X509_CHECK_FLAG_NO_WILDCARDS;
  if (!partialWildcards) flags |= X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS;
  if (multiLabelWildcards) flags |= X509_CHECK_FLAG_MULTI_LABEL_WILDCARDS;
  if (singleLabelSubdomains) flags |= X509_CHECK_FLAG_SINGLE_LABEL_SUBDOMAINS;
  return flags;
}

// invalidName is the error Node's native checks throw for a name holding a NUL byte or an
// address that does not parse.
function invalidName() {
  const err = new TypeError('Invalid name');
  err.code = 'ERR_INVALID_ARG_VALUE';
  return err;
}

function isX509Certificate(value) {
  return value != null && value[kDer] !== undefined;
}

class X509Certificate {
  constructor(buffer) {
    if (typeof buffer === 'string') buffer = Buffer.from(buffer);
    if (!isArrayBufferView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    const der = binding.x509Parse(bytes);
    if (der.error !== undefined) throw sslError(der.error);
    // enumerable, as Node's own state symbol is: util.inspect past its depth prints
    // [X509Certificate] rather than X509Certificate {}
    this[kDer] = der;
  }

  [customInspect](depth, options) {
    if (depth < 0) return this;
    const { inspect } = require('util');
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `X509Certificate ${inspect({
      subject: this.subject,
      subjectAltName: this.subjectAltName,
      issuer: this.issuer,
      infoAccess: this.infoAccess,
      validFrom: this.validFrom,
      validTo: this.validTo,
      validFromDate: this.validFromDate,
      validToDate: this.validToDate,
      fingerprint: this.fingerprint,
      fingerprint256: this.fingerprint256,
      fingerprint512: this.fingerprint512,
      keyUsage: this.keyUsage,
      serialNumber: this.serialNumber,
      signatureAlgorithm: this.signatureAlgorithm,
      signatureAlgorithmOid: this.signatureAlgorithmOid,
    }, opts)}`;
  }

  get subject() { return info(this).subject; }
  get subjectAltName() { return info(this).subjectAltName; }
  get issuer() { return info(this).issuer; }
  get issuerCertificate() { return this[kIssuer]; }
  get infoAccess() { return info(this).infoAccess; }
  get validFrom() { return info(this).validFrom; }
  get validTo() { return info(this).validTo; }
  get validFromDate() { return new Date(info(this).validFromMs); }
  get validToDate() { return new Date(info(this).validToMs); }
  get fingerprint() { return info(this).fingerprint; }
  get fingerprint256() { return info(this).fingerprint256; }
  get fingerprint512() { return info(this).fingerprint512; }
  get keyUsage() {
    const u = info(this).keyUsage;
    return u === undefined ? undefined : [...u];
  }
  get serialNumber() { return info(this).serialNumber; }
  get signatureAlgorithm() { return info(this).signatureAlgorithm; }
  get signatureAlgorithmOid() { return info(this).signatureAlgorithmOid; }
  get raw() {
    const state = info(this);
    state.raw ??= Buffer.from(this[kDer]);
    return state.raw;
  }

  get publicKey() {
    if (this[kPublicKey] === undefined) {
      const spki = binding.x509PublicKey(this[kDer]);
      Object.defineProperty(this, kPublicKey, { __proto__: null, value: publicKeyFromSPKI(spki) });
    }
    return this[kPublicKey];
  }

  toString() { return binding.x509PEM(this[kDer]); }
  toJSON() { return this.toString(); }
  get ca() { return info(this).ca; }

  checkHost(name, options) {
    validateString(name, 'name');
    const flags = getFlags(options);
    if (name.includes('\0')) throw invalidName();
    return binding.x509CheckHost(this[kDer], name, flags);
  }

  checkEmail(email, options) {
    validateString(email, 'email');
    const flags = getFlags(options);
    if (email.includes('\0')) throw invalidName();
    return binding.x509CheckEmail(this[kDer], email, flags);
  }

  checkIP(ip, options) {
    validateString(ip, 'ip');
    // options are accepted and ignored, as in Node
    const matched = binding.x509CheckIP(this[kDer], ip);
    if (matched === null) throw invalidName();
    return matched ? ip : undefined;
  }

  checkIssued(otherCert) {
    if (!isX509Certificate(otherCert)) {
      throw new ERR_INVALID_ARG_TYPE('otherCert', 'X509Certificate', otherCert);
    }
    return binding.x509CheckIssued(this[kDer], otherCert[kDer]);
  }

  checkPrivateKey(pkey) {
    if (!isKeyObject(pkey)) throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'private') throw new ERR_INVALID_ARG_VALUE('pkey', pkey);
    return binding.x509CheckPrivateKey(this[kDer], handleOf(pkey).bytes);
  }

  verify(pkey) {
    if (!isKeyObject(pkey)) throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'public') throw new ERR_INVALID_ARG_VALUE('pkey', pkey);
    return binding.x509Verify(this[kDer], handleOf(pkey).bytes);
  }

  toLegacyObject() {
    return binding.x509Legacy(this[kDer]);
  }
}

function info(cert) {
  if (cert[kInfo] === undefined) {
    Object.defineProperty(cert, kInfo, { __proto__: null, value: binding.x509Info(cert[kDer]) });
  }
  return cert[kInfo];
}

// fromDERChain makes an X509Certificate of chain[0] whose issuerCertificate links, through the
// rest of the chain, each certificate's issuer as the peer presented it (what Node's
// getPeerX509Certificate gives).
function fromDERChain(chain) {
  const certs = chain.map((der) => {
    const c = Object.create(X509Certificate.prototype);
    c[kDer] = der;
    return c;
  });
  for (let i = 0; i < certs.length; i++) {
    for (let j = 0; j < certs.length; j++) {
      if (i !== j && certs[i][kIssuer] === undefined && binding.x509CheckIssued(certs[i][kDer], certs[j][kDer])) {
        Object.defineProperty(certs[i], kIssuer, { __proto__: null, value: certs[j] });
      }
    }
  }
  return certs[0];
}

module.exports = {
  X509Certificate,
  isX509Certificate,
  fromDERChain,
};
