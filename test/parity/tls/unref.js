// parity-timeout: 30s
// An unref'd TLS server, its unref'd connection and an unref'd client socket do not keep the
// process alive.
const tls = require('tls');
const c = require('./_certs.js').certs;
let served = 0;
const server = tls.createServer({ key: c.server.key, cert: c.server.cert }, (s) => {
  served++;
  s.unref();
  s.write('hi');
});
server.listen(0, '127.0.0.1', () => {
  server.unref();
  const sock = tls.connect({ port: server.address().port, ca: c.ca, servername: 'localhost' }, () => {
    console.log('secureConnect');
  });
  sock.on('data', (d) => { console.log('data', String(d)); sock.unref(); });
});
process.on('exit', () => console.log('exit, served', served));
