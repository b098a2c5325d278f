// parity-timeout: 30s
// A keep-alive https.Agent reuses its TLS socket for sequential requests (reusedSocket), and
// the session cache fills.
const https = require('https');
const c = require('../tls/_certs.js').certs;
let connections = 0;
const srv = https.createServer({ key: c.server.key, cert: c.server.cert }, (req, res) => res.end(req.url));
srv.on('secureConnection', () => connections++);
srv.listen(0, '127.0.0.1', async () => {
  const agent = new https.Agent({ keepAlive: true, maxSockets: 1 });
  for (const path of ['/1', '/2', '/3']) {
    await new Promise((resolve) => {
      const req = https.get({ port: srv.address().port, host: 'localhost', ca: c.ca, path, agent }, (res) => {
        let body = '';
        res.on('data', (d) => { body += d; });
        res.on('end', () => {
          console.log(path, res.statusCode, body, 'reused', req.reusedSocket);
          setTimeout(resolve, 20); // the socket goes back to the pool after 'end'
        });
      });
    });
  }
  console.log('connections', connections, 'cached sessions', agent._sessionCache.list.length);
  agent.destroy();
  srv.close();
});
