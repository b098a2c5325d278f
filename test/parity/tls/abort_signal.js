// parity-timeout: 30s
// An AbortSignal on tls.connect: aborting before and during the connection destroys the socket
// with an AbortError.
const tls = require('tls');
const c = require('./_certs.js').certs;
const server = tls.createServer({ key: c.server.key, cert: c.server.cert }, () => {});
server.on('tlsClientError', () => {});
server.listen(0, '127.0.0.1', async () => {
  const ac1 = new AbortController();
  ac1.abort();
  for (const [name, signal, later] of [['pre-aborted', ac1.signal, null], ['aborted later', null, true]]) {
    await new Promise((resolve) => {
      const ac = new AbortController();
      const sock = tls.connect({ port: server.address().port, ca: c.ca, servername: 'localhost', signal: signal || ac.signal });
      sock.on('error', (e) => console.log(name, e.name, e.code, e.message));
      sock.on('close', () => resolve());
      if (later) setTimeout(() => ac.abort(), 20);
    });
  }
  server.close();
});
