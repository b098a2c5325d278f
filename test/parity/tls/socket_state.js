// parity-timeout: 30s
// TLSSocket state before, during and after the handshake: getProtocol, getCipher,
// getPeerCertificate, getCertificate, getSession, isSessionReused, exportKeyingMaterial, and
// the values after close.
const tls = require('tls');
const { certs: c } = require('./_certs.js');
const serverLog = [];
const server = tls.createServer({ key: c.server.key, cert: c.server.cert }, (s) => {
  const ekm = s.exportKeyingMaterial(32, 'label', Buffer.from('ctx'));
  s.on('data', (d) => { serverLog.push(`server ekm matches ${d.toString() === ekm.toString('hex')}`); s.end(); });
  serverLog.push(`server getCertificate CN ${s.getCertificate().subject.CN} peer ${JSON.stringify(s.getPeerCertificate())}`);
  serverLog.push(`server servername ${s.servername} alpn ${s.alpnProtocol} authorized ${s.authorized} ${s.authorizationError}`);
});
server.listen(0, '127.0.0.1', () => {
  const sock = tls.connect({ port: server.address().port, ca: c.ca, servername: 'localhost' });
  console.log('before:', sock.getProtocol(), sock.getCipher(), JSON.stringify(sock.getPeerCertificate()), sock.authorized,
    sock.authorizationError, sock.encrypted, sock.alpnProtocol, sock.servername, sock.secureConnecting);
  console.log('instanceof', sock instanceof tls.TLSSocket, sock instanceof require('net').Socket);
  sock.on('secureConnect', () => {
    console.log('during:', sock.getProtocol(), sock.secureConnecting, sock.isSessionReused(), JSON.stringify(sock.getCertificate()));
    try { sock.exportKeyingMaterial(32, 5); } catch (e) { console.log(e.code, e.message); }
    sock.write(sock.exportKeyingMaterial(32, 'label', Buffer.from('ctx')).toString('hex'));
  });
  sock.on('data', () => {});
  sock.on('close', () => {
    console.log('after:', sock.getProtocol(), sock.getCipher(), sock.getPeerCertificate(), sock.getSession(), sock.isSessionReused());
    server.close(() => console.log(serverLog.join('\n')));
  });
});
