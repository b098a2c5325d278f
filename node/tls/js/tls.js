'use strict';
// node:tls on Go's crypto/tls: the module's constants and helpers; the socket and server
// classes are in _tls_wrap, contexts in _tls_common.

const net = require('net');
const { Buffer } = require('buffer');
const {
  codes: { ERR_TLS_CERT_ALTNAME_INVALID, ERR_OUT_OF_RANGE, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateArray, validateString } = require('internal/validators');
const common = require('_tls_common');
const wrap = require('_tls_wrap');
const binding = internalBinding('internal/tls_wrap');
const { normalizeIP } = internalBinding('internal/tcp_wrap');

const kCiphers = [
  'aes128-gcm-sha256', 'aes128-sha', 'aes128-sha256', 'aes256-gcm-sha384', 'aes256-sha', 'aes256-sha256',
  'dhe-psk-aes128-cbc-sha', 'dhe-psk-aes128-cbc-sha256', 'dhe-psk-aes128-gcm-sha256', 'dhe-psk-aes256-cbc-sha',
  'dhe-psk-aes256-cbc-sha384', 'dhe-psk-aes256-gcm-sha384', 'dhe-psk-chacha20-poly1305',
  'dhe-rsa-aes128-gcm-sha256', 'dhe-rsa-aes128-sha', 'dhe-rsa-aes128-sha256', 'dhe-rsa-aes256-gcm-sha384',
  'dhe-rsa-aes256-sha', 'dhe-rsa-aes256-sha256', 'dhe-rsa-chacha20-poly1305', 'ecdhe-ecdsa-aes128-gcm-sha256',
  'ecdhe-ecdsa-aes128-sha', 'ecdhe-ecdsa-aes128-sha256', 'ecdhe-ecdsa-aes256-gcm-sha384', 'ecdhe-ecdsa-aes256-sha',
  'ecdhe-ecdsa-aes256-sha384', 'ecdhe-ecdsa-chacha20-poly1305', 'ecdhe-psk-aes128-cbc-sha',
  'ecdhe-psk-aes128-cbc-sha256', 'ecdhe-psk-aes256-cbc-sha', 'ecdhe-psk-aes256-cbc-sha384',
  'ecdhe-psk-chacha20-poly1305', 'ecdhe-rsa-aes128-gcm-sha256', 'ecdhe-rsa-aes128-sha', 'ecdhe-rsa-aes128-sha256',
  'ecdhe-rsa-aes256-gcm-sha384', 'ecdhe-rsa-aes256-sha', 'ecdhe-rsa-aes256-sha384', 'ecdhe-rsa-chacha20-poly1305',
  'psk-aes128-cbc-sha', 'psk-aes128-cbc-sha256', 'psk-aes128-gcm-sha256', 'psk-aes256-cbc-sha',
  'psk-aes256-cbc-sha384', 'psk-aes256-gcm-sha384', 'psk-chacha20-poly1305', 'rsa-psk-aes128-cbc-sha',
  'rsa-psk-aes128-cbc-sha256', 'rsa-psk-aes128-gcm-sha256', 'rsa-psk-aes256-cbc-sha', 'rsa-psk-aes256-cbc-sha384',
  'rsa-psk-aes256-gcm-sha384', 'rsa-psk-chacha20-poly1305', 'srp-aes-128-cbc-sha', 'srp-aes-256-cbc-sha',
  'srp-rsa-aes-128-cbc-sha', 'srp-rsa-aes-256-cbc-sha', 'tls_aes_128_ccm_8_sha256', 'tls_aes_128_ccm_sha256',
  'tls_aes_128_gcm_sha256', 'tls_aes_256_gcm_sha384', 'tls_chacha20_poly1305_sha256',
];

const DEFAULT_CIPHERS = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
  'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
  'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:' +
  'ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:' +
  '!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';

function getCiphers() {
  return kCiphers.slice();
}

let rootCertificates;
function getRootCertificates() {
  rootCertificates ??= Object.freeze(binding.getRootCertificates());
  return rootCertificates;
}

function getCACertificates(type = 'default') {
  validateString(type, 'type');
  if (type === 'default') return binding.getDefaultCACertificates();
  if (type === 'bundled' || type === 'system') return getRootCertificates().slice();
  if (type === 'extra') return [];
  throw new (require('internal/errors').codes.ERR_INVALID_ARG_VALUE)('type', type);
}

function convertALPNProtocols(protocols, out) {
  if (Array.isArray(protocols)) {
    const parts = [];
    for (const p of protocols) {
      const b = Buffer.from(p);
      if (b.length > 255) throw new ERR_OUT_OF_RANGE('The byte length of the protocol at index ' + parts.length, '<= 255', b.length);
      parts.push(Buffer.from([b.length]), b);
    }
    out.ALPNProtocols = Buffer.concat(parts);
  } else if (ArrayBuffer.isView(protocols)) {
    out.ALPNProtocols = Buffer.from(protocols.buffer.slice(protocols.byteOffset, protocols.byteOffset + protocols.byteLength));
  }
}

function unfqdn(host) {
  return host.replace(/[.]$/, '');
}

function splitHost(host) {
  return unfqdn(host).toLowerCase().split('.');
}

// matchName is RFC 6125 matching of a host against one name of the certificate, with one
// wildcard allowed in the leftmost label (not for *.tld or A-labels), as Node's.
function matchName(hostParts, pattern, wildcards) {
  if (!pattern) return false;
  const patternParts = splitHost(pattern);
  if (hostParts.length !== patternParts.length || patternParts.includes('')) return false;
  if (patternParts.some((s) => /[^\u0021-\u007F]/u.test(s))) return false;
  for (let i = hostParts.length - 1; i > 0; i--) {
    if (hostParts[i] !== patternParts[i]) return false;
  }
  const host = hostParts[0];
  const first = patternParts[0];
  const pieces = first.split('*', 3);
  if (pieces.length === 1 || first.includes('xn--')) return host === first;
  if (!wildcards || pieces.length > 2 || patternParts.length <= 2) return false;
  const [prefix, suffix] = pieces;
  return prefix.length + suffix.length <= host.length && host.startsWith(prefix) && host.endsWith(suffix);
}

function splitEscapedAltNames(altNames) {
  const result = [];
  let current = '';
  let offset = 0;
  while (offset !== altNames.length) {
    const nextSep = altNames.indexOf(',', offset);
    const nextQuote = altNames.indexOf('"', offset);
    if (nextQuote !== -1 && (nextSep === -1 || nextQuote < nextSep)) {
      current += altNames.substring(offset, nextQuote);
      const match = /^"((?:[^"\\]|\\.)*)"/.exec(altNames.substring(nextQuote));
      if (!match) throw new (require('internal/errors').codes.ERR_TLS_CERT_ALTNAME_FORMAT)();
      current += JSON.parse(match[0]);
      offset = nextQuote + match[0].length;
    } else if (nextSep !== -1) {
      current += altNames.substring(offset, nextSep);
      result.push(current);
      current = '';
      offset = nextSep + 2;
    } else {
      current += altNames.substring(offset);
      offset = altNames.length;
    }
  }
  result.push(current);
  return result;
}

// defaultMinVersion follows --tls-min-v1.x; the lowest one given wins, as in Node.
function defaultMinVersion() {
  const argv = process.execArgv;
  if (argv.includes('--tls-min-v1.0')) return 'TLSv1';
  if (argv.includes('--tls-min-v1.1')) return 'TLSv1.1';
  if (argv.includes('--tls-min-v1.2')) return 'TLSv1.2';
  if (argv.includes('--tls-min-v1.3')) return 'TLSv1.3';
  return 'TLSv1.2';
}

function canonicalizeIP(ip) {
  // undefined for text that is not an address (a SAN such as 8.8.8.0/24), as cares_wrap's is
  return normalizeIP(ip);
}

function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  hostname = '' + hostname;
  if (altNames) {
    const names = altNames.includes('"') ? splitEscapedAltNames(altNames) : altNames.split(', ');
    for (const name of names) {
      if (name.startsWith('DNS:')) dnsNames.push(name.slice(4));
      else if (name.startsWith('IP Address:')) ips.push(canonicalizeIP(name.slice(11)));
    }
  }
  let valid = false;
  let reason = 'Unknown reason';
  hostname = unfqdn(hostname);
  if (net.isIP(hostname)) {
    valid = ips.includes(canonicalizeIP(hostname));
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ${ips.join(', ')}`;
  } else if (dnsNames.length > 0 || subject?.CN) {
    const hostParts = splitHost(hostname);
    const wildcard = (pattern) => matchName(hostParts, pattern, true);
    if (dnsNames.length > 0) {
      valid = dnsNames.some(wildcard);
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      const cn = subject.CN;
      if (Array.isArray(cn)) valid = cn.some(wildcard);
      else if (cn) valid = wildcard(cn);
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (!valid) return new ERR_TLS_CERT_ALTNAME_INVALID(reason, hostname, cert);
}

function setDefaultCACertificates(certs) {
  validateArray(certs, 'certs');
  for (let i = 0; i < certs.length; i++) {
    if (typeof certs[i] !== 'string' && !ArrayBuffer.isView(certs[i])) {
      throw new ERR_INVALID_ARG_TYPE(`certs[${i}]`, ['string', 'ArrayBufferView'], certs[i]);
    }
  }
  const pems = certs.map((c) => (typeof c === 'string' ? c : Buffer.from(c.buffer, c.byteOffset, c.byteLength).toString('latin1')));
  if (binding.setDefaultCACertificates(pems) === 0 && pems.length > 0) {
    const err = new Error('No valid certificates found in the provided array');
    err.code = 'ERR_CRYPTO_OPERATION_FAILED';
    throw err;
  }
}

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS,
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: defaultMinVersion(),
  DEFAULT_MAX_VERSION: process.execArgv.includes('--tls-max-v1.2') && !process.execArgv.includes('--tls-max-v1.3') ?
    'TLSv1.2' : 'TLSv1.3',
  getCiphers,
  getCACertificates,
  setDefaultCACertificates,
  getCertificateCompressionAlgorithms: () => [],
  convertALPNProtocols,
  checkServerIdentity,
  createSecureContext: common.createSecureContext,
  SecureContext: common.SecureContext,
  TLSSocket: wrap.TLSSocket,
  Server: wrap.Server,
  createServer: wrap.createServer,
  connect: wrap.connect,
};

Object.defineProperty(module.exports, 'rootCertificates', {
  __proto__: null, configurable: false, enumerable: true, get: getRootCertificates,
});
