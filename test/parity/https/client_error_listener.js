// parity-timeout: 30s
// An https server without a 'clientError' listener destroys a failing TLS connection itself; a
// client that hangs up mid-handshake shows as 'clientError' ECONNRESET.
const https = require('https');
const net = require('net');
const c = require('../tls/_certs.js').certs;
(async () => {
  await new Promise((resolve) => {
    const srv = https.createServer({ key: c.server.key, cert: c.server.cert });
    srv.listen(0, '127.0.0.1', () => {
      const raw = net.connect(srv.address().port, '127.0.0.1', () => raw.write('not tls at all\r\n\r\n'));
      raw.on('data', (d) => console.log('raw got', d.length, 'bytes'));
      raw.on('end', () => console.log('raw end'));
      raw.on('error', (e) => console.log('raw error', e.code));
      raw.on('close', () => srv.close(resolve));
    });
  });
  await new Promise((resolve) => {
    const srv = https.createServer({ key: c.server.key, cert: c.server.cert });
    srv.on('clientError', (e) => { console.log('clientError', e.code, e.message); });
    srv.listen(0, '127.0.0.1', () => {
      const raw = net.connect(srv.address().port, '127.0.0.1', () => raw.end());
      raw.on('close', () => setTimeout(() => srv.close(resolve), 50));
    });
  });
})();
