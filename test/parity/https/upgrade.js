// parity-timeout: 30s
// An Upgrade request over https: the server's 'upgrade' gets the TLS socket and head; both sides
// then talk over it.
const https = require('https');
const c = require('../tls/_certs.js').certs;
const srv = https.createServer({ key: c.server.key, cert: c.server.cert });
srv.on('upgrade', (req, socket, head) => {
  console.log('server upgrade', req.headers.upgrade, socket.encrypted, head.length);
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n');
  socket.on('data', (d) => socket.end(`echo:${d}`));
});
srv.listen(0, '127.0.0.1', () => {
  const req = https.request({ port: srv.address().port, host: 'localhost', ca: c.ca, agent: false, headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
  req.on('upgrade', (res, socket, head) => {
    console.log('client upgrade', res.statusCode, res.headers.upgrade, socket.encrypted, head.length);
    socket.write('ping');
    socket.on('data', (d) => console.log('client data', String(d)));
    socket.on('close', () => srv.close(() => console.log('closed')));
  });
  req.end();
});
