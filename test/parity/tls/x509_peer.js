// parity-timeout: 30s
// tlsSocket.getPeerX509Certificate() and getX509Certificate(): X509Certificate objects of the
// peer's and the local certificate, issuerCertificate linked through the chain the peer sent
// (leaf and intermediate; the root it did not send is not linked), and undefined without one.
const { X509Certificate } = require('crypto');
const { pair } = require('./_pair.js');
const { certs: c } = require('./_certs.js');

const show = (x) => (x === undefined ? 'undefined' : `${x instanceof X509Certificate} ${x.serialNumber} ${x.subject.split('\n').pop()}`);
pair({ key: c.chained.key, cert: c.chained.cert + c.chained.inter, ca: c.ca, requestCert: true, rejectUnauthorized: false },
  { ca: c.ca, servername: 'localhost', key: c.client.key, cert: c.client.cert }, {
    server(s, log) {
      log.push(`local ${show(s.getX509Certificate())}`);
      const peer = s.getPeerX509Certificate();
      log.push(`peer ${show(peer)} issuer ${show(peer.issuerCertificate)}`);
      s.end();
    },
    client(sock, log) {
      const peer = sock.getPeerX509Certificate();
      log.push(`peer ${show(peer)}`);
      log.push(`issuer ${show(peer.issuerCertificate)} then ${show(peer.issuerCertificate.issuerCertificate)}`);
      log.push(`checks ${peer.checkHost('localhost')} ${peer.checkIP('127.0.0.1')} ${peer.checkIssued(peer.issuerCertificate)}`);
      log.push(`verify ${peer.verify(peer.issuerCertificate.publicKey)} ${peer.issuerCertificate.verify(new X509Certificate(c.ca).publicKey)}`);
      log.push(`legacy ${peer.toLegacyObject().serialNumber}`);
      log.push(`local ${show(sock.getX509Certificate())}`);
      sock.end();
    },
    done: () => withoutClientCert(),
  });

// a client without a certificate of its own
const withoutClientCert = () => pair({ key: c.server.key, cert: c.server.cert }, { ca: c.ca, servername: 'localhost' }, {
  server(s, log) {
    log.push(`peer ${show(s.getPeerX509Certificate())}`);
    s.end();
  },
  client(sock, log) {
    log.push(`local ${show(sock.getX509Certificate())} peer issuer ${show(sock.getPeerX509Certificate().issuerCertificate)}`);
    sock.end();
  },
});
