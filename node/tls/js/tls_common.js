'use strict';
// node:_tls_common: SecureContext and createSecureContext over the Go context of
// internal/tls_wrap (certificates, keys, trusted CAs and protocol limits for crypto/tls).

const isArrayBufferView = ArrayBuffer.isView;
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_TLS_INVALID_PROTOCOL_VERSION,
    ERR_TLS_PROTOCOL_VERSION_CONFLICT, ERR_FEATURE_UNAVAILABLE_ON_PLATFORM,
  },
} = require('internal/errors');
const { validateInt32, validateObject, validateString } = require('internal/validators');
const binding = internalBinding('internal/tls_wrap');

const kVersions = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

// Errors the Go side reports as { message, code, library, reason } become Node's OpenSSL errors.
function sslError(d) {
  const err = new Error(d.message);
  err.library = d.library;
  err.reason = d.reason;
  err.code = d.code;
  return err;
}

function check(result) {
  if (result !== undefined) throw sslError(result);
}

function toVersion(which, v, def) {
  if (v == null) return def;
  if (typeof v === 'string' && kVersions.includes(v)) return v;
  throw new ERR_TLS_INVALID_PROTOCOL_VERSION(v, which);
}

const kMethodVersions = {
  __proto__: null,
  TLSv1_method: ['TLSv1', 'TLSv1'], TLSv1_client_method: ['TLSv1', 'TLSv1'], TLSv1_server_method: ['TLSv1', 'TLSv1'],
  TLSv1_1_method: ['TLSv1.1', 'TLSv1.1'], TLSv1_1_client_method: ['TLSv1.1', 'TLSv1.1'],
  TLSv1_1_server_method: ['TLSv1.1', 'TLSv1.1'],
  TLSv1_2_method: ['TLSv1.2', 'TLSv1.2'], TLSv1_2_client_method: ['TLSv1.2', 'TLSv1.2'],
  TLSv1_2_server_method: ['TLSv1.2', 'TLSv1.2'],
  TLS_method: ['TLSv1', 'TLSv1.3'], TLS_client_method: ['TLSv1', 'TLSv1.3'], TLS_server_method: ['TLSv1', 'TLSv1.3'],
  SSLv23_method: ['TLSv1', 'TLSv1.3'], SSLv23_client_method: ['TLSv1', 'TLSv1.3'],
  SSLv23_server_method: ['TLSv1', 'TLSv1.3'],
};

function SecureContext(secureProtocol, secureOptions, minVersion, maxVersion) {
  if (!(this instanceof SecureContext)) {
    return new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
  }
  const tls = require('tls');
  if (secureProtocol) {
    if (minVersion != null) throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(minVersion, secureProtocol);
    if (maxVersion != null) throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(maxVersion, secureProtocol);
  }
  this.context = new binding.SecureContext();
  let min = toVersion('minimum', minVersion, tls.DEFAULT_MIN_VERSION);
  let max = toVersion('maximum', maxVersion, tls.DEFAULT_MAX_VERSION);
  if (secureProtocol) {
    validateString(secureProtocol, 'options.secureProtocol');
    const m = kMethodVersions[secureProtocol];
    if (!m) {
      const e = new TypeError(`Unknown method: ${secureProtocol}`);
      e.code = 'ERR_TLS_INVALID_PROTOCOL_METHOD';
      throw e;
    }
    [min, max] = m;
  }
  this.context.init(min, max);
  if (secureOptions) validateInt32(secureOptions, 'secureOptions');
}

function isSecureContext(v) {
  return v instanceof SecureContext;
}

function validateKeyOrCertOption(name, value) {
  if (typeof value !== 'string' && !isArrayBufferView(value)) {
    throw new ERR_INVALID_ARG_TYPE(`options.${name}`, ['string', 'Buffer', 'TypedArray', 'DataView'], value);
  }
}

function setKey(context, key, passphrase, name) {
  validateKeyOrCertOption(name, key);
  if (passphrase !== undefined && passphrase !== null) validateString(passphrase, 'options.passphrase');
  check(context.setKey(key, passphrase));
}

function configSecureContext(context, options = {}) {
  validateObject(options, 'options');
  const { ca, cert, ciphers, key, passphrase, pfx, ticketKeys, sessionTimeout, ecdhCurve, sigalgs } = options;

  if (ca) {
    for (const v of Array.isArray(ca) ? ca : [ca]) {
      validateKeyOrCertOption('ca', v);
      context.addCACert(v);
    }
  } else {
    context.addRootCerts();
  }
  if (cert) {
    for (const v of Array.isArray(cert) ? cert : [cert]) {
      validateKeyOrCertOption('cert', v);
      check(context.setCert(v));
    }
  }
  if (key) {
    if (Array.isArray(key)) {
      for (const v of key) {
        const pem = v?.pem !== undefined ? v.pem : v;
        const pass = v?.pem !== undefined ? (v.passphrase ?? passphrase) : passphrase;
        setKey(context, pem, pass, 'key');
      }
    } else {
      setKey(context, key, passphrase, 'key');
    }
  }
  if (sigalgs !== undefined && sigalgs !== null) {
    validateString(sigalgs, 'options.sigalgs');
    if (sigalgs === '') throw new ERR_INVALID_ARG_VALUE('options.sigalgs', sigalgs);
  }
  if (ciphers !== undefined && ciphers !== null) {
    validateString(ciphers, 'options.ciphers');
    check(context.setCiphers(ciphers));
  }
  if (ecdhCurve !== undefined && ecdhCurve !== null) validateString(ecdhCurve, 'options.ecdhCurve');
  if (pfx !== undefined && pfx !== null) {
    throw new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM('PKCS#12 (pfx) in gnode');
  }
  if (ticketKeys !== undefined && ticketKeys !== null) {
    if (!isArrayBufferView(ticketKeys)) {
      throw new ERR_INVALID_ARG_TYPE('options.ticketKeys', ['Buffer', 'TypedArray', 'DataView'], ticketKeys);
    }
    if (ticketKeys.byteLength !== 48) {
      throw new ERR_INVALID_ARG_VALUE('options.ticketKeys', ticketKeys.byteLength, 'must be exactly 48 bytes');
    }
    context.setTicketKeys(ticketKeys);
  }
  if (sessionTimeout !== undefined && sessionTimeout !== null) {
    validateInt32(sessionTimeout, 'options.sessionTimeout', 0);
  }
}

function createSecureContext(options) {
  if (!options) options = {};
  const { minVersion, maxVersion, secureProtocol, secureOptions } = options;
  const c = new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
  configSecureContext(c.context, options);
  return c;
}

module.exports = {
  SecureContext,
  createSecureContext,
  configSecureContext,
  isSecureContext,
  sslError,
};
