// parity-timeout: 30s
// A plain HTTP client against an https server ('clientError' with the TLS error, or the
// connection destroyed), and an https client against a plain HTTP server.
const https = require('https');
const http = require('http');
const net = require('net');
const c = require('../tls/_certs.js').certs;
(async () => {
  await new Promise((resolve) => {
    const srv = https.createServer({ key: c.server.key, cert: c.server.cert }, () => console.log('unexpected request'));
    srv.on('clientError', (err, sock) => {
      console.log('clientError', err.code, err.library, err.reason, sock instanceof require('tls').TLSSocket);
      sock.destroy();
    });
    srv.listen(0, '127.0.0.1', () => {
      const raw = net.connect(srv.address().port, '127.0.0.1', () => raw.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
      raw.on('data', () => {});
      raw.on('close', () => srv.close(resolve));
    });
  });
  await new Promise((resolve) => {
    const srv = http.createServer((req, res) => res.end('plain'));
    srv.listen(0, '127.0.0.1', () => {
      const req = https.get({ port: srv.address().port, host: '127.0.0.1', agent: false });
      // EPROTO or ERR_SSL_WRONG_VERSION_NUMBER, depending on when the HTTP answer arrives
      req.on('error', (e) => console.log('https to http fails:', e.code === 'EPROTO' || e.code === 'ERR_SSL_WRONG_VERSION_NUMBER'));
      req.on('close', () => srv.close(resolve));
    });
  });
})();
