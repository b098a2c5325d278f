// parity-timeout: 30s
// server.setSecureContext swaps the certificate for later connections; tls.getCACertificates
// gives arrays of PEM strings.
const tls = require('tls');
const c = require('./_certs.js').certs;
const server = tls.createServer({ key: c.server.key, cert: c.server.cert }, (s) => s.end('x'));
server.listen(0, '127.0.0.1', async () => {
  for (let i = 0; i < 2; i++) {
    await new Promise((resolve) => {
      const sock = tls.connect({ port: server.address().port, ca: c.ca, servername: 'example.com', rejectUnauthorized: false }, () => {
        console.log('connection', i, sock.getPeerCertificate().subject.CN, sock.authorized, sock.authorizationError);
      });
      sock.on('data', () => {});
      sock.on('close', resolve);
    });
    server.setSecureContext({ key: c.other.key, cert: c.other.cert });
  }
  server.close();
  const d = tls.getCACertificates();
  console.log(Array.isArray(d), d.every((p) => typeof p === 'string' && p.startsWith('-----BEGIN CERTIFICATE-----')));
  try { tls.getCACertificates('nonsense'); } catch (e) { console.log(e.code); }
  try { tls.getCACertificates(5); } catch (e) { console.log(e.code); }
});
