// parity-timeout: 30s
// https.Server: class relations, defaults from http (timeouts, limits) and tls (ALPN, request
// certificates), the listener, closeIdleConnections, and close with keep-alive sockets.
const https = require('https');
const tls = require('tls');
const http = require('http');
const c = require('../tls/_certs.js').certs;
const s = https.createServer({ key: c.server.key, cert: c.server.cert });
console.log(s instanceof https.Server, s instanceof tls.Server, s instanceof http.Server, s.ALPNProtocols);
console.log(s.timeout, s.maxHeadersCount, s.requestTimeout, s.headersTimeout, s.keepAliveTimeout, s.requestCert, s.rejectUnauthorized, s.httpAllowHalfOpen);
console.log(typeof s.closeAllConnections, typeof s.closeIdleConnections, typeof s.setTimeout);
console.log(https.Server({ key: c.server.key, cert: c.server.cert }) instanceof https.Server);
try { https.createServer('x'); } catch (e) { console.log(e.code, e.message); }
const srv = https.createServer({ key: c.server.key, cert: c.server.cert, ALPNProtocols: ['h2', 'http/1.1'] }, (req, res) => res.end('x'));
srv.listen(0, '127.0.0.1', () => {
  const agent = new https.Agent({ keepAlive: true });
  https.get({ port: srv.address().port, host: 'localhost', ca: c.ca, agent, ALPNProtocols: ['http/1.1'] }, (res) => {
    console.log('alpn', res.socket.alpnProtocol);
    res.resume();
    res.on('end', () => {
      setImmediate(() => {
        srv.close(() => { console.log('server closed'); agent.destroy(); });
      });
    });
  });
});
