// parity-timeout: 30s
// The https Agent's SNI name: from the Host header, from the host option, none for IP hosts,
// and an explicit servername.
const https = require('https');
const c = require('../tls/_certs.js').certs;
const names = [];
const srv = https.createServer({ key: c.server.key, cert: c.server.cert }, (req, res) => {
  res.end(String(req.socket.servername));
});
srv.listen(0, '127.0.0.1', async () => {
  const port = srv.address().port;
  const tries = [
    { host: 'localhost' },
    { host: '127.0.0.1', headers: { host: 'localhost:1234' } },
    { host: '127.0.0.1', headers: { host: '[::1]:1234' } },
    { host: '127.0.0.1' },
    { host: '127.0.0.1', servername: 'localhost' },
  ];
  for (const t of tries) {
    await new Promise((resolve) => {
      https.get({ port, rejectUnauthorized: false, agent: false, ...t }, (res) => {
        let body = '';
        res.on('data', (d) => { body += d; });
        res.on('end', () => { console.log(JSON.stringify(t), '->', body); resolve(); });
      });
    });
  }
  srv.close();
});
