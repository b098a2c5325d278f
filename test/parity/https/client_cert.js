// parity-timeout: 30s
// Mutual TLS over https: the server requires a client certificate and reads it in the handler;
// a client without one fails.
const https = require('https');
const c = require('../tls/_certs.js').certs;
const seen = [];
const srv = https.createServer({ key: c.server.key, cert: c.server.cert, ca: c.ca, requestCert: true, rejectUnauthorized: true }, (req, res) => {
  const pc = req.socket.getPeerCertificate();
  seen.push(`handler: authorized=${req.socket.authorized} CN=${pc.subject.CN} eku=${pc.ext_key_usage}`);
  res.end('hi ' + pc.subject.CN);
});
srv.on('tlsClientError', (e) => seen.push(`tlsClientError ${e.code}`));
srv.listen(0, '127.0.0.1', async () => {
  const port = srv.address().port;
  await new Promise((resolve) => {
    https.get({ port, host: 'localhost', ca: c.ca, key: c.client.key, cert: c.client.cert, agent: false }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => { console.log('with cert:', res.statusCode, body); resolve(); });
    });
  });
  await new Promise((resolve) => {
    const req = https.get({ port, host: 'localhost', ca: c.ca, agent: false }, (res) => console.log('without cert: response', res.statusCode));
    req.on('error', (e) => { console.log('without cert: error', e.code); resolve(); });
  });
  srv.close(() => console.log(seen.sort().join('\n')));
});
