// parity-timeout: 30s
// ALPN with no protocol in common: the server refuses the handshake (no_application_protocol);
// each side's error, printed after both are done.
const tls = require('tls');
const c = require('./_certs.js').certs;
const log = [];
let pending = 2;
const done = () => { if (--pending === 0) server.close(() => console.log(log.sort().join('\n'))); };
const server = tls.createServer({ key: c.server.key, cert: c.server.cert, ALPNProtocols: ['a'] }, (s) => {
  log.push(`server secureConnection ${s.alpnProtocol}`);
  s.end();
  done();
});
server.on('tlsClientError', (e) => { log.push(`server tlsClientError ${e.code} ${e.reason}`); done(); });
server.listen(0, '127.0.0.1', () => {
  const sock = tls.connect({ port: server.address().port, ca: c.ca, servername: 'localhost', ALPNProtocols: ['b'] }, () => {
    log.push(`client secureConnect ${sock.alpnProtocol}`);
  });
  sock.on('data', () => {});
  sock.on('error', (e) => log.push(`client error ${e.code} ${e.reason}`));
  sock.on('close', done);
});
