// parity-timeout: 30s
// Server-side failures before the handshake ends go to 'tlsClientError': a plain HTTP request, a
// client that hangs up, random bytes, and a handshake timeout.
const net = require('net');
const tls = require('tls');
const { certs: c } = require('./_certs.js');
const tries = [
  ['http request', (s) => s.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n')],
  ['hang up', (s) => s.end()],
  ['silence', () => {}],
];
(async () => {
  for (const [name, act] of tries) {
    await new Promise((resolve) => {
      const server = tls.createServer({ key: c.server.key, cert: c.server.cert, handshakeTimeout: 200 });
      server.on('tlsClientError', (e, sock) => {
        console.log(name, 'tlsClientError', e.code, e.library ? `${e.library}: ${e.reason}` : e.message, sock instanceof tls.TLSSocket);
      });
      server.on('secureConnection', () => console.log('unexpected secureConnection'));
      server.listen(0, '127.0.0.1', () => {
        const raw = net.connect(server.address().port, '127.0.0.1', () => act(raw));
        raw.on('data', () => {});
        raw.on('error', () => {});
        raw.on('close', () => server.close(resolve));
        setTimeout(() => raw.destroy(), 1000).unref();
      });
    });
  }
})();
