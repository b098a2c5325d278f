// parity-timeout: 30s
// TLS over IPv6 loopback: addresses on both sides and the IP SAN check for ::1.
const tls = require('tls');
const c = require('./_certs.js').certs;
let serverLine;
const server = tls.createServer({ key: c.server.key, cert: c.server.cert }, (s) => {
  serverLine = ['server', s.remoteAddress, s.remoteFamily, s.localAddress].join(' ');
  s.end('x');
});
server.listen(0, '::1', () => {
  const sock = tls.connect({ port: server.address().port, host: '::1', ca: c.ca }, () => {
    console.log('client', sock.authorized, sock.remoteAddress, sock.remoteFamily, sock.remotePort === server.address().port);
  });
  sock.on('data', () => {});
  sock.on('close', () => server.close(() => console.log(serverLine)));
});
