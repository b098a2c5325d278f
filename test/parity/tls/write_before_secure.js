// parity-timeout: 30s
// Writes made right after tls.connect, before the handshake, arrive in order; end() before the
// handshake too.
const tls = require('tls');
const c = require('./_certs.js').certs;
let got = '';
const server = tls.createServer({ key: c.server.key, cert: c.server.cert }, (s) => {
  s.on('data', (d) => { got += d; });
  s.on('end', () => { s.end(); });
});
server.listen(0, '127.0.0.1', () => {
  const sock = tls.connect({ port: server.address().port, ca: c.ca, servername: 'localhost' });
  console.log('write returns', sock.write('one,'), sock.write(Buffer.from('two,')));
  sock.write('three', () => console.log('write callback'));
  sock.end(',four');
  sock.on('finish', () => console.log('finish'));
  sock.on('close', () => server.close(() => console.log('server got', got)));
});
