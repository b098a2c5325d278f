// parity-timeout: 30s
// The same certificates seen from both sides: the client's getCertificate() is the server's
// getPeerCertificate() and the reverse (raw DER and fingerprints), and the server's detailed
// view of the client chain.
const tls = require('tls');
const c = require('./_certs.js').certs;
let serverView;
const server = tls.createServer({ key: c.server.key, cert: c.server.cert, ca: c.ca, requestCert: true }, (s) => {
  const peer = s.getPeerCertificate(true);
  serverView = { peer, own: s.getCertificate() };
  s.end('x');
});
server.listen(0, '127.0.0.1', () => {
  const sock = tls.connect({ port: server.address().port, ca: c.ca, servername: 'localhost', key: c.client.key, cert: c.client.cert }, () => {
    const own = sock.getCertificate();
    const peer = sock.getPeerCertificate();
    sock.on('close', () => server.close(() => {
      console.log('client own = server peer', own.raw.equals(serverView.peer.raw), own.fingerprint256 === serverView.peer.fingerprint256);
      console.log('server own = client peer', serverView.own.raw.equals(peer.raw));
      console.log('client cert', serverView.peer.subject.CN, serverView.peer.ext_key_usage, serverView.peer.issuerCertificate.subject.CN,
        serverView.peer.issuerCertificate.issuerCertificate === serverView.peer.issuerCertificate);
      console.log('own keys', Object.keys(own).join(','));
    }));
  });
  sock.on('data', () => {});
});
