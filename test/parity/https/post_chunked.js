// parity-timeout: 30s
// https.request POST with a streamed body; the server answers in chunks; both sides see it all.
const https = require('https');
const c = require('../tls/_certs.js').certs;
const srvLog = [];
const srv = https.createServer({ key: c.server.key, cert: c.server.cert }, (req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    srvLog.push(`server got ${req.method} ${req.headers['transfer-encoding']} ${body}`);
    res.writeHead(201, { 'x-test': 'yes' });
    res.write('part1,');
    setTimeout(() => res.end('part2'), 10);
  });
});
srv.listen(0, '127.0.0.1', () => {
  const req = https.request({ port: srv.address().port, host: 'localhost', ca: c.ca, method: 'POST', path: '/upload', agent: false }, (res) => {
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      console.log('client', res.statusCode, res.headers['x-test'], res.headers['transfer-encoding'], body);
      srv.close(() => console.log(srvLog.join('\n')));
    });
  });
  req.write('one ');
  req.write('two ');
  req.end('three');
});
