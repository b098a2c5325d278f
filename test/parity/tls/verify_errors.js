// parity-timeout: 30s
// Certificate verification failures on the client: code, message and authorized state for an
// unknown CA, a self-signed certificate, an expired one, a self-signed CA in the chain, a name
// mismatch by DNS and by IP; and the same with rejectUnauthorized: false.
const tls = require('tls');
const { certs: c } = require('./_certs.js');
const cases = [
  ['unknown CA', c.server, { servername: 'localhost' }],
  ['self-signed', c.self, { servername: 'localhost' }],
  ['self-signed trusted', c.self, { ca: c.self.cert, servername: 'localhost' }],
  ['expired', c.expired, { ca: c.ca, servername: 'localhost' }],
  ['CA in chain', { key: c.server.key, cert: c.server.cert + c.ca }, { servername: 'localhost' }],
  ['wrong host', c.other, { ca: c.ca, servername: 'localhost' }],
  ['wrong ip', c.other, { ca: c.ca }],
  ['wildcard ok', c.other, { ca: c.ca, servername: 'a.example.org' }],
];
(async () => {
  for (const reject of [true, false]) {
    for (const [name, sc, co] of cases) {
      await new Promise((resolve) => {
        const server = tls.createServer(sc, (s) => s.end('x'));
        server.on('tlsClientError', () => {});
        server.listen(0, '127.0.0.1', () => {
          const sock = tls.connect({ port: server.address().port, host: '127.0.0.1', rejectUnauthorized: reject, ...co });
          sock.on('secureConnect', () => {
            console.log(reject, name, 'secureConnect', sock.authorized, sock.authorizationError);
          });
          sock.on('data', () => {});
          sock.on('error', (e) => console.log(reject, name, 'error', e.code, JSON.stringify(e.message), e.reason, e.host));
          sock.on('close', () => server.close(resolve));
        });
      });
    }
  }
})();
