// parity-timeout: 30s
// ALPN: the server picks from the client's list; without ALPN alpnProtocol is false.
const tls = require('tls');
const { certs: c } = require('./_certs.js');
const cases = [
  [['h2', 'http/1.1'], ['http/1.1', 'h2']],
  [['http/1.1'], ['x', 'http/1.1']],
  [undefined, ['h2']],
  [['h2'], undefined],
  [undefined, undefined],
  [Buffer.from('\x02h2\x08http/1.1'), ['http/1.1']],
];
(async () => {
  for (const [sp, cp] of cases) {
    await new Promise((resolve) => {
      let serverSide;
      const server = tls.createServer({ key: c.server.key, cert: c.server.cert, ALPNProtocols: sp }, (s) => {
        serverSide = s.alpnProtocol;
        s.end('x');
      });
      server.listen(0, '127.0.0.1', () => {
        const sock = tls.connect({ port: server.address().port, ca: c.ca, servername: 'localhost', ALPNProtocols: cp });
        sock.on('secureConnect', () => { sock.clientSide = sock.alpnProtocol; });
        sock.on('data', () => {});
        sock.on('error', (e) => console.log('error', e.code));
        sock.on('close', () => server.close(() => {
          console.log(JSON.stringify(sp), JSON.stringify(cp), '->', sock.clientSide, serverSide);
          resolve();
        }));
      });
    });
  }
})();
