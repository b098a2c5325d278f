// parity-timeout: 30s
// createSecureContext: option validation and the OpenSSL errors for bad keys, certificates,
// passphrases, protocol versions and cipher lists (code, message, library, reason).
const tls = require('tls');
const { certs: c } = require('./_certs.js');
const t = (name, f) => {
  try {
    const r = f();
    console.log(name, 'ok', r.constructor.name, Object.keys(r));
  } catch (e) {
    console.log(name, e.name, e.code, JSON.stringify(e.message), e.library, e.reason);
  }
};
t('wrong passphrase', () => tls.createSecureContext({ key: c.encKey, passphrase: 'nope', cert: c.server.cert }));
t('no passphrase', () => tls.createSecureContext({ key: c.encKey, cert: c.server.cert }));
t('good passphrase', () => tls.createSecureContext({ key: c.encKey, passphrase: 'sesame', cert: c.server.cert }));
t('key object', () => tls.createSecureContext({ key: [{ pem: c.encKey, passphrase: 'sesame' }], cert: c.server.cert }));
t('buffer key', () => tls.createSecureContext({ key: Buffer.from(c.server.key), cert: Buffer.from(c.server.cert) }));
t('mismatch', () => tls.createSecureContext({ key: c.client.key, cert: c.server.cert }));
t('bad key', () => tls.createSecureContext({ key: 'garbage', cert: c.server.cert }));
t('bad cert', () => tls.createSecureContext({ key: c.server.key, cert: 'garbage' }));
t('bad ca', () => tls.createSecureContext({ ca: 'garbage' }));
t('key number', () => tls.createSecureContext({ key: 5 }));
t('cert number', () => tls.createSecureContext({ cert: 5 }));
t('ca number', () => tls.createSecureContext({ ca: [5] }));
t('minVersion', () => tls.createSecureContext({ minVersion: 'TLSv9' }));
t('maxVersion', () => tls.createSecureContext({ maxVersion: 'x' }));
t('min > max', () => tls.createSecureContext({ minVersion: 'TLSv1.3', maxVersion: 'TLSv1.2' }));
t('secureProtocol', () => tls.createSecureContext({ secureProtocol: 'TLSv1_2_method' }));
t('secureProtocol+min', () => tls.createSecureContext({ secureProtocol: 'TLSv1_2_method', minVersion: 'TLSv1.2' }));
t('ciphers nonsense', () => tls.createSecureContext({ ciphers: 'nonsense' }));
t('ciphers number', () => tls.createSecureContext({ ciphers: 1 }));
t('only key', () => tls.createSecureContext({ key: c.server.key }));
t('ed25519', () => tls.createSecureContext(c.ed));
t('options string', () => tls.createSecureContext('x'));
t('ticketKeys short', () => tls.createSecureContext({ ticketKeys: Buffer.alloc(10) }));
t('passphrase number', () => tls.createSecureContext({ key: c.encKey, passphrase: 5 }));
const ctx = tls.createSecureContext({ key: c.server.key, cert: c.server.cert });
console.log(ctx instanceof tls.SecureContext, typeof ctx.context);
