// parity-timeout: 30s
// tls.DEFAULT_MIN_VERSION / DEFAULT_MAX_VERSION are read when a context is made: changing them
// changes what later connections negotiate.
const tls = require('tls');
const c = require('./_certs.js').certs;
const server = tls.createServer({ key: c.server.key, cert: c.server.cert }, (s) => s.end('x'));
server.listen(0, '127.0.0.1', async () => {
  for (const max of ['TLSv1.2', 'TLSv1.3']) {
    tls.DEFAULT_MAX_VERSION = max;
    await new Promise((resolve) => {
      const sock = tls.connect({ port: server.address().port, ca: c.ca, servername: 'localhost' }, () => console.log(max, '->', sock.getProtocol()));
      sock.on('data', () => {});
      sock.on('close', resolve);
    });
  }
  server.close();
});
