// parity-timeout: 30s
// The https Agent's session cache resumes TLS sessions on new connections (no keep-alive), and
// maxCachedSessions: 0 turns that off.
const https = require('https');
const c = require('../tls/_certs.js').certs;
const reused = [];
const srv = https.createServer({ key: c.server.key, cert: c.server.cert }, (req, res) => {
  reused.push(req.socket.isSessionReused());
  res.end('x');
});
srv.listen(0, '127.0.0.1', async () => {
  for (const maxCachedSessions of [undefined, 0]) {
    const agent = new https.Agent({ keepAlive: false, maxCachedSessions });
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => {
        https.get({ port: srv.address().port, host: 'localhost', ca: c.ca, agent }, (res) => {
          res.resume();
          res.on('end', () => setTimeout(resolve, 20));
        });
      });
    }
    console.log('maxCachedSessions', maxCachedSessions, 'server saw reuse', reused.splice(0));
  }
  srv.close();
});
