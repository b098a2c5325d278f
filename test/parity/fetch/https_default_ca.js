// parity-timeout: 30s
// fetch over https trusts what tls.setDefaultCACertificates sets: a server signed by that CA
// answers (by name and by IP), a name the certificate lacks fails with tls.checkServerIdentity's
// error as the cause, and an untrusted chain fails before the name is looked at.
const tls = require('tls');
const https = require('https');
const util = require('util');
const c = require('../tls/_certs.js').certs;

try {
  tls.setDefaultCACertificates(['not a certificate']);
} catch (e) {
  console.log('garbage:', e.code, e.message);
}
tls.setDefaultCACertificates([c.ca, Buffer.from(c.ca)]);
const defaults = tls.getCACertificates('default');
console.log('default CAs:', defaults.length, defaults[0] === c.ca);

function serve(opts) {
  const srv = https.createServer(opts, (req, res) => res.end(`hello ${req.url}`));
  srv.on('tlsClientError', () => {});
  return new Promise((resolve) => srv.listen(0, '127.0.0.1', () => resolve(srv)));
}

(async () => {
  const good = await serve({ key: c.server.key, cert: c.server.cert });
  const gp = good.address().port;
  for (const host of ['localhost', '127.0.0.1']) {
    try {
      const res = await fetch(`https://${host}:${gp}/x`);
      console.log(host, res.status, await res.text());
    } catch (e) {
      console.log(host, 'failed', e.cause?.code ?? e.cause?.message);
    }
  }
  const other = await serve({ key: c.other.key, cert: c.other.cert });
  for (const host of ['localhost', '127.0.0.1']) {
    try {
      await fetch(`https://${host}:${other.address().port}/`);
    } catch (e) {
      const { cause } = e;
      console.log(host, e.message, cause.name, cause.code, '|', cause.message);
      console.log('  reason:', cause.reason, 'host:', cause.host, 'cert CN:', cause.cert.subject.CN,
        'keys:', Object.keys(cause).join(','));
    }
  }
  const self = await serve({ key: c.self.key, cert: c.self.cert });
  try {
    await fetch(`https://localhost:${self.address().port}/`);
  } catch (e) {
    console.log('self-signed', util.inspect(e.cause.code), e.cause.message);
  }
  tls.setDefaultCACertificates([]);
  console.log('default CAs now:', tls.getCACertificates('default').length);
  const fresh = await serve({ key: c.server.key, cert: c.server.cert });
  try {
    await fetch(`https://localhost:${fresh.address().port}/`);
    console.log('after clearing the defaults: fetched');
  } catch (e) {
    console.log('after clearing the defaults:', e.cause.code);
  }
  fresh.close();
  for (const s of [good, other, self]) s.close();
})();
