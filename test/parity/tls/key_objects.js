// parity-timeout: 30s
// crypto's KeyObjects as far as gnode has them: createPrivateKey/createPublicKey from PEM (EC,
// RSA, Ed25519, an encrypted key with and without its passphrase, a certificate) and DER,
// createSecretKey, their type/asymmetricKeyType/asymmetricKeyDetails, export in PEM, DER and
// JWK form (key material printed only as lengths and round trips), equals, and the errors.
const crypto = require('crypto');
const { certs: c } = require('./_certs.js');

const attempt = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, `${e.name} ${e.code} ${e.message}`);
  }
};
for (const name of ['server', 'rsa', 'ed']) {
  const priv = crypto.createPrivateKey(c[name].key);
  const pub = crypto.createPublicKey(c[name].key);
  const fromCert = crypto.createPublicKey(c[name].cert);
  console.log(`-- ${name}`, priv, pub, priv.type, pub.type, priv.asymmetricKeyType, priv.asymmetricKeyDetails,
    pub.asymmetricKeyDetails, priv.symmetricKeySize, String(priv), Object.prototype.toString.call(priv));
  console.log('instanceof', priv instanceof crypto.KeyObject, pub instanceof crypto.KeyObject);
  console.log('equals', pub.equals(fromCert), pub.equals(crypto.createPublicKey(priv)), priv.equals(pub),
    // (keys of different types are not compared: Node 24.21 then leaves OpenSSL's "different key
    // types" error queued, and the next key it reads fails with it)
    priv.equals(crypto.createPrivateKey(c[name].key)), pub.equals(crypto.createPublicKey(c[name].cert)));
  const spki = pub.export({ type: 'spki', format: 'pem' });
  const pkcs8 = priv.export({ type: 'pkcs8', format: 'pem' });
  console.log(spki.split('\n')[0], pkcs8.split('\n')[0], spki.endsWith('-----\n'));
  const spkiDer = pub.export({ type: 'spki', format: 'der' });
  const pkcs8Der = priv.export({ type: 'pkcs8', format: 'der' });
  console.log('der', Buffer.isBuffer(spkiDer), crypto.createPublicKey({ key: spkiDer, format: 'der', type: 'spki' }).equals(pub),
    crypto.createPrivateKey({ key: pkcs8Der, format: 'der', type: 'pkcs8' }).equals(priv),
    crypto.createPublicKey({ key: spki }).equals(pub), crypto.createPrivateKey(Buffer.from(pkcs8)).equals(priv));
  const jwk = priv.export({ format: 'jwk' });
  const pjwk = pub.export({ format: 'jwk' });
  console.log('jwk', Object.keys(jwk), Object.keys(pjwk), jwk.kty, jwk.crv,
    // (RSA values are minimal big-endian numbers: their lengths vary from key to key)
    name === 'rsa' || Object.values(jwk).map((v) => v.length), pjwk.x === jwk.x && pjwk.n === jwk.n);
  for (const type of ['pkcs1', 'sec1']) {
    attempt(`private ${type}`, () => priv.export({ type, format: 'pem' }).split('\n')[0]);
    attempt(`public ${type}`, () => pub.export({ type, format: 'der' }).length > 0);
  }
}
const enc = c.encKey;
attempt('encrypted, no passphrase', () => crypto.createPrivateKey(enc));
attempt('encrypted, passphrase', () => crypto.createPrivateKey({ key: enc, passphrase: 'sesame' }).asymmetricKeyType);
attempt('encrypted, buffer passphrase', () => crypto.createPrivateKey({ key: enc, passphrase: Buffer.from('sesame') }).type);
attempt('encrypted, public', () => crypto.createPublicKey({ key: enc, passphrase: 'sesame' }).type);
attempt('encrypted, wrong', () => crypto.createPrivateKey({ key: enc, passphrase: 'nope' }));

const s = crypto.createSecretKey(Buffer.from('secret!'));
console.log(s, s.type, s.symmetricKeySize, s.export(), s.export({ format: 'jwk' }), s.asymmetricKeyType,
  s.equals(crypto.createSecretKey('secret!', 'utf8')), s.equals(crypto.createSecretKey(Buffer.from('other'))));

const priv = crypto.createPrivateKey(c.server.key);
attempt('garbage', () => crypto.createPrivateKey('garbage'));
attempt('public garbage', () => crypto.createPublicKey('garbage'));
attempt('number', () => crypto.createPublicKey(1));
attempt('private from KeyObject', () => crypto.createPrivateKey(priv));
attempt('public from public', () => crypto.createPublicKey(crypto.createPublicKey(priv)).type);
attempt('public from secret', () => crypto.createPublicKey(s));
attempt('export no options', () => priv.export());
attempt('export bad type', () => priv.export({ format: 'pem', type: 'spki' }));
attempt('export no type', () => priv.export({ format: 'pem' }));
attempt('export bad format', () => priv.export({ format: 'xml', type: 'pkcs8' }));
attempt('der without type', () => crypto.createPublicKey({ key: Buffer.from([1]), format: 'der' }));
attempt('equals non-key', () => priv.equals({}));
attempt('constructor', () => new crypto.KeyObject('public', {}));
attempt('constructor type', () => new crypto.KeyObject('nope', {}));
