// parity-timeout: 30s
// node:tls exports: constants, helper functions, cipher list and root certificates' shape.
const tls = require('tls');
console.log(Object.keys(tls).sort().join(' '));
console.log(tls.DEFAULT_MIN_VERSION, tls.DEFAULT_MAX_VERSION, tls.DEFAULT_ECDH_CURVE, tls.CLIENT_RENEG_LIMIT, tls.CLIENT_RENEG_WINDOW);
console.log(tls.DEFAULT_CIPHERS);
console.log(tls.getCiphers().length, tls.getCiphers().includes('aes128-gcm-sha256'), tls.getCiphers().includes('tls_aes_256_gcm_sha384'));
console.log(tls.getCiphers() !== tls.getCiphers());
const roots = tls.rootCertificates;
console.log(Array.isArray(roots), Object.isFrozen(roots), roots === tls.rootCertificates, roots.length > 50,
  roots.every((r) => typeof r === 'string' && r.startsWith('-----BEGIN CERTIFICATE-----\n') && r.endsWith('-----END CERTIFICATE-----')));
console.log(typeof tls.TLSSocket, typeof tls.Server, typeof tls.SecureContext, typeof tls.createServer, typeof tls.connect);
console.log(require('net').Socket.prototype.isPrototypeOf(tls.TLSSocket.prototype), require('net').Server.prototype.isPrototypeOf(tls.Server.prototype));
const out = {};
tls.convertALPNProtocols(['h2', 'http/1.1'], out);
console.log(out.ALPNProtocols);
const out2 = {};
tls.convertALPNProtocols(Buffer.from('\x02h2'), out2);
console.log(out2.ALPNProtocols);
console.log(require('node:tls') === tls);
