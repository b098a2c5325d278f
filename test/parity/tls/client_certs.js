// parity-timeout: 30s
// Client certificates: requestCert with and without rejectUnauthorized, a trusted client
// certificate, none, and an untrusted one; server-side authorized/authorizationError and the
// peer certificate the server sees.
const tls = require('tls');
const { certs: c } = require('./_certs.js');
const cases = [
  ['trusted cert, reject', true, { key: c.client.key, cert: c.client.cert }],
  ['trusted cert, no reject', false, { key: c.client.key, cert: c.client.cert }],
  ['no cert, no reject', false, {}],
  ['untrusted cert, no reject', false, { key: c.self.key, cert: c.self.cert }],
];
(async () => {
  for (const [name, reject, co] of cases) {
    await new Promise((resolve) => {
      const log = [];
      const server = tls.createServer({ key: c.server.key, cert: c.server.cert, ca: c.ca, requestCert: true, rejectUnauthorized: reject }, (s) => {
        const pc = s.getPeerCertificate();
        log.push(`secureConnection authorized=${s.authorized} error=${s.authorizationError} peer=${pc.subject ? pc.subject.CN : JSON.stringify(pc)}`);
        s.end('x');
      });
      server.on('tlsClientError', (e) => log.push(`tlsClientError ${e.code}`));
      server.listen(0, '127.0.0.1', () => {
        const sock = tls.connect({ port: server.address().port, ca: c.ca, servername: 'localhost', ...co });
        sock.on('data', (d) => log.push(`client data ${d}`));
        sock.on('error', (e) => log.push(`client error ${e.code}`));
        sock.on('close', () => server.close(() => {
          console.log(name + ':', log.join(' | '));
          resolve();
        }));
      });
    });
  }
})();
