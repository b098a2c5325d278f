// parity-timeout: 30s
// The ca option as an array (an unrelated certificate first), as Buffers, and concatenated PEM.
const tls = require('tls');
const c = require('./_certs.js').certs;
const server = tls.createServer({ key: c.server.key, cert: c.server.cert }, (s) => s.end('x'));
server.listen(0, '127.0.0.1', async () => {
  const forms = [
    ['array', [c.self.cert, c.ca]],
    ['buffers', [Buffer.from(c.self.cert), Buffer.from(c.ca)]],
    ['concatenated', c.self.cert + c.ca],
    ['wrong only', [c.self.cert]],
  ];
  for (const [name, ca] of forms) {
    await new Promise((resolve) => {
      const sock = tls.connect({ port: server.address().port, ca, servername: 'localhost' }, () => console.log(name, sock.authorized));
      sock.on('data', () => {});
      sock.on('error', (e) => console.log(name, 'error', e.code));
      sock.on('close', resolve);
    });
  }
  server.close();
});
