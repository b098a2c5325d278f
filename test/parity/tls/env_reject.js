// parity-timeout: 30s
// parity-env: NODE_TLS_REJECT_UNAUTHORIZED=0
// NODE_TLS_REJECT_UNAUTHORIZED=0: an untrusted server is accepted (unauthorized), with Node's
// warning once; an IP servername warns DEP0123.
const tls = require('tls');
const c = require('./_certs.js').certs;
const server = tls.createServer({ key: c.self.key, cert: c.self.cert }, (s) => s.end('x'));
server.listen(0, '127.0.0.1', async () => {
  for (const servername of ['localhost', '127.0.0.1', '127.0.0.1']) {
    await new Promise((resolve) => {
      const sock = tls.connect({ port: server.address().port, servername }, () => {
        console.log(servername, 'secureConnect', sock.authorized, sock.authorizationError);
      });
      sock.on('data', () => {});
      sock.on('close', resolve);
    });
  }
  server.close();
});
