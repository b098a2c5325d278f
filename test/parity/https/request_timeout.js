// parity-timeout: 30s
// The timeout option of an https request: 'timeout' fires on a silent server and the request
// can be destroyed with an error.
const https = require('https');
const c = require('../tls/_certs.js').certs;
const srv = https.createServer({ key: c.server.key, cert: c.server.cert }, () => {});
srv.listen(0, '127.0.0.1', () => {
  const req = https.get({ port: srv.address().port, host: 'localhost', ca: c.ca, timeout: 100, agent: false });
  req.on('timeout', () => {
    console.log('timeout');
    req.destroy(new Error('gave up'));
  });
  req.on('error', (e) => console.log('error', e.message));
  req.on('close', () => { console.log('close'); srv.closeAllConnections(); srv.close(() => console.log('server closed')); });
});
