// parity-timeout: 30s
// TLS 1.2 cipher selection with the ciphers option: getCipher's name, standardName and version.
const tls = require('tls');
const c = require('./_certs.js').certs;
const cases = ['ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-CHACHA20-POLY1305', 'ECDHE-ECDSA-AES128-SHA'];
(async () => {
  for (const ciphers of cases) {
    await new Promise((resolve) => {
      const server = tls.createServer({ key: c.server.key, cert: c.server.cert, maxVersion: 'TLSv1.2' }, (s) => s.end('x'));
      server.listen(0, '127.0.0.1', () => {
        const sock = tls.connect({ port: server.address().port, ca: c.ca, servername: 'localhost', ciphers }, () => {
          console.log(ciphers, sock.getCipher(), sock.getProtocol());
        });
        sock.on('data', () => {});
        sock.on('error', (e) => console.log(ciphers, 'error', e.code));
        sock.on('close', () => server.close(resolve));
      });
    });
  }
})();
