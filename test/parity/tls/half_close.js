// parity-timeout: 30s
// allowHalfOpen on a TLS server: the client ends, the server still writes, then ends.
const tls = require('tls');
const { certs: c } = require('./_certs.js');
const log = [];
const clientLog = [];
process.on('exit', () => console.log(clientLog.join('\n')));
const server = tls.createServer({ key: c.server.key, cert: c.server.cert, allowHalfOpen: true }, (s) => {
  s.on('data', (d) => log.push(`server data ${d}`));
  s.on('end', () => {
    log.push('server end');
    setTimeout(() => { s.write('late'); s.end('!'); }, 20);
  });
  s.on('close', () => { log.push('server close'); server.close(() => console.log(log.join('\n'))); });
});
server.listen(0, '127.0.0.1', () => {
  const sock = tls.connect({ port: server.address().port, ca: c.ca, servername: 'localhost', allowHalfOpen: true }, () => {
    sock.end('bye');
  });
  let got = '';
  sock.on('data', (d) => { got += d; });
  sock.on('end', () => clientLog.push(`client end with ${JSON.stringify(got)}`));
  sock.on('close', () => clientLog.push('client close'));
});
