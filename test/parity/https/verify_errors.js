// parity-timeout: 30s
// Certificate failures on https requests: the request's 'error' with the verification code, a
// name mismatch, and rejectUnauthorized: false.
const https = require('https');
const c = require('../tls/_certs.js').certs;
const srv = https.createServer({ key: c.self.key, cert: c.self.cert }, (req, res) => res.end('ok'));
srv.on('tlsClientError', () => {});
srv.listen(0, '127.0.0.1', async () => {
  const port = srv.address().port;
  const tries = [
    ['no ca', { host: 'localhost' }],
    ['wrong name', { host: 'localhost', servername: 'other.test', ca: c.self.cert }],
    ['ip not in cert', { host: '127.0.0.2', ca: c.self.cert, family: 4 }],
    ['reject false', { host: 'localhost', rejectUnauthorized: false }],
    ['trusted', { host: 'localhost', ca: c.self.cert }],
  ];
  for (const [name, opts] of tries) {
    await new Promise((resolve) => {
      const req = https.get({ port, agent: false, ...opts, host: '127.0.0.1', headers: { host: opts.host } }, (res) => {
        console.log(name, 'response', res.statusCode, res.socket.authorized);
        res.resume();
        res.on('end', resolve);
      });
      req.on('error', (e) => { console.log(name, 'error', e.code, e.message); resolve(); });
    });
  }
  srv.close();
});
