// parity-timeout: 30s
// Server keys of each type: ECDSA P-256, RSA 2048 and Ed25519, and a passphrase-protected key;
// the peer certificate's key fields on the client.
const tls = require('tls');
const c = require('./_certs.js').withRSA();
const cases = [
  ['ecdsa', { key: c.server.key, cert: c.server.cert }],
  ['rsa', { key: c.rsa.key, cert: c.rsa.cert }],
  ['ed25519', { key: c.ed.key, cert: c.ed.cert }],
  ['encrypted', { key: c.encKey, passphrase: 'sesame', cert: c.server.cert }],
  ['both (ecdsa client)', { key: [c.server.key, c.rsa.key], cert: [c.server.cert, c.rsa.cert] }],
];
(async () => {
  for (const [name, so] of cases) {
    await new Promise((resolve) => {
      const server = tls.createServer(so, (s) => s.end('x'));
      server.listen(0, '127.0.0.1', () => {
        const sock = tls.connect({ port: server.address().port, ca: c.ca, servername: 'localhost' }, () => {
          const p = sock.getPeerCertificate();
          console.log(name, sock.authorized, p.serialNumber, p.bits, p.asn1Curve, p.exponent,
            p.modulus && p.modulus.length, p.pubkey && p.pubkey.length);
        });
        sock.on('data', () => {});
        sock.on('error', (e) => console.log(name, 'error', e.code));
        sock.on('close', () => server.close(resolve));
      });
    });
  }
})();
