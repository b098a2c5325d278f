// parity-timeout: 30s
// crypto.X509Certificate over the test certificates: the text properties (subject, issuer,
// subjectAltName, infoAccess, keyUsage, serial, signature algorithm, ca), dates and fingerprints
// against the raw bytes, publicKey, the host/IP/email checks with their options, checkIssued,
// verify, checkPrivateKey, toString/toJSON/toLegacyObject, util.inspect's shape and the errors.
const crypto = require('crypto');
const util = require('util');
const { X509Certificate } = crypto;
const { certs: c } = require('./_certs.js');

const x = {
  ca: new X509Certificate(c.ca),
  server: new X509Certificate(Buffer.from(c.server.cert)),
  rsa: new X509Certificate(c.rsa.cert),
  ed: new X509Certificate(new Uint8Array(Buffer.from(c.ed.cert))),
  other: new X509Certificate(c.other.cert),
  client: new X509Certificate(c.client.cert),
  self: new X509Certificate(c.self.cert),
  inter: new X509Certificate(c.chained.inter),
  chained: new X509Certificate(c.chained.cert + c.chained.inter),
};
const colon = (buf) => buf.toString('hex').toUpperCase().match(/../g).join(':');
for (const [name, cert] of Object.entries(x)) {
  console.log(`-- ${name}`);
  console.log(JSON.stringify([cert.subject, cert.issuer, cert.subjectAltName, cert.infoAccess, cert.keyUsage,
    cert.serialNumber, cert.signatureAlgorithm, cert.signatureAlgorithmOid, cert.ca, cert.issuerCertificate]));
  const pk = cert.publicKey;
  console.log(pk.type, pk.asymmetricKeyType, pk.asymmetricKeyDetails, pk === cert.publicKey);
  console.log('dates', cert.validFromDate instanceof Date, cert.validFromDate.getTime() < cert.validToDate.getTime(),
    /^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4} GMT$/.test(cert.validFrom),
    new Date(cert.validTo).getTime() === cert.validToDate.getTime());
  const raw = cert.raw;
  console.log('raw', Buffer.isBuffer(raw), raw !== cert.raw, raw[0]);
  console.log('fingerprints', cert.fingerprint === colon(crypto.createHash('sha1').update(raw).digest()),
    cert.fingerprint256 === colon(crypto.createHash('sha256').update(raw).digest()),
    cert.fingerprint512 === colon(crypto.createHash('sha512').update(raw).digest()));
  const pem = cert.toString();
  console.log('pem', pem.startsWith('-----BEGIN CERTIFICATE-----\n'), pem.endsWith('-----END CERTIFICATE-----\n'),
    cert.toJSON() === pem, JSON.stringify({ cert }) === JSON.stringify({ cert: pem }),
    new X509Certificate(pem).raw.equals(raw));
  const legacy = cert.toLegacyObject();
  console.log('legacy', Object.keys(legacy).join(','), legacy.subject, legacy.issuerCertificate,
    legacy.valid_from === cert.validFrom, legacy.fingerprint256 === cert.fingerprint256, legacy.raw.equals(raw),
    legacy.serialNumber === cert.serialNumber, legacy.subjectaltname === cert.subjectAltName);
}

console.log('-- checks');
const { server, other, self, ca, client, inter, chained } = x;
for (const h of ['localhost', 'LOCALHOST', 'localhost.', 'example.com', 'EXAMPLE.com', 'a.example.org',
  'b.a.example.org', 'example.org', 'gnode tests', '127.0.0.1']) {
  console.log(JSON.stringify(h), server.checkHost(h), other.checkHost(h), other.checkHost(h, { wildcards: false }),
    other.checkHost(h, { subject: 'always' }), other.checkHost(h, { multiLabelWildcards: true }),
    client.checkHost(h), client.checkHost(h, { subject: 'never' }));
}
console.log(client.checkHost('test client'), client.checkHost('TEST CLIENT', { subject: 'default' }));
for (const ip of ['127.0.0.1', '::1', '0:0::1', '::ffff:127.0.0.1', '1.2.3.4', '127.000.000.001']) {
  try {
    console.log(ip, server.checkIP(ip), other.checkIP(ip));
  } catch (e) {
    console.log(ip, e.name, e.code, e.message);
  }
}
console.log(server.checkEmail('a@b'), server.checkEmail('localhost'));
console.log('issued', server.checkIssued(ca), ca.checkIssued(ca), server.checkIssued(other), other.checkIssued(ca),
  self.checkIssued(self), chained.checkIssued(inter), chained.checkIssued(ca), inter.checkIssued(ca), ca.checkIssued(server));
console.log('verify', server.verify(ca.publicKey), server.verify(server.publicKey), ca.verify(ca.publicKey),
  self.verify(self.publicKey), chained.verify(inter.publicKey), chained.verify(ca.publicKey),
  x.rsa.verify(ca.publicKey), x.ed.verify(ca.publicKey));
const key = crypto.createPrivateKey(c.server.key);
console.log('private key', server.checkPrivateKey(key), other.checkPrivateKey(key),
  x.rsa.checkPrivateKey(crypto.createPrivateKey(c.rsa.key)), x.ed.checkPrivateKey(crypto.createPrivateKey(c.ed.key)));

const hide = (s) => s.replace(/'(Nov|Dec|Jan|[A-Z][a-z]{2}) [ \d]\d [^']*GMT'/g, '<date>')
  .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, '<Date>').replace(/'([0-9A-F]{2}:)+[0-9A-F]{2}'/g, '<fp>');
console.log(hide(util.inspect(server)));
console.log(hide(util.inspect({ nested: { deeper: server } }, { depth: 1 })));

console.log('-- errors');
const attempt = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, `${e.name} ${e.code} ${e.message}`, e.library, e.reason);
  }
};
attempt('number', () => new X509Certificate(1));
attempt('object', () => new X509Certificate({}));
attempt('null', () => new X509Certificate(null));
attempt('garbage', () => new X509Certificate('garbage'));
attempt('bytes', () => new X509Certificate(Buffer.from([1, 2, 3])));
attempt('checkHost 1', () => server.checkHost(1));
attempt('checkHost nul', () => server.checkHost('local\0host'));
attempt('checkHost opts', () => server.checkHost('localhost', 1));
attempt('checkHost opts null', () => server.checkHost('localhost', null));
attempt('checkHost subject', () => server.checkHost('localhost', { subject: 'x' }));
attempt('checkHost subject type', () => server.checkHost('localhost', { subject: 1 }));
attempt('checkHost wildcards', () => server.checkHost('localhost', { wildcards: 'yes' }));
attempt('checkEmail nul', () => server.checkEmail('a\0b'));
attempt('checkIP bracket', () => server.checkIP('[::1]'));
attempt('checkIP type', () => server.checkIP(1));
attempt('checkIssued string', () => server.checkIssued('x'));
attempt('checkIssued object', () => server.checkIssued({}));
attempt('verify cert', () => server.verify(ca));
attempt('verify private', () => server.verify(key));
attempt('checkPrivateKey public', () => server.checkPrivateKey(server.publicKey));
attempt('checkPrivateKey string', () => server.checkPrivateKey(c.server.key));
