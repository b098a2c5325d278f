// Keep-alive: three requests on one connection from a keepAlive Agent (reusedSocket), the
// Keep-Alive header, and closeIdleConnections ending the idle socket.
'use strict';
const http = require('http');
let conns = 0;
const server = http.createServer({ keepAliveTimeout: 3000 }, (req, res) => {
  res.end(`${req.url} on conn ${conns}`);
});
server.on('connection', () => conns++);
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
server.listen(0, '127.0.0.1', async () => {
  for (const p of ['/a', '/b', '/c']) {
    await new Promise((resolve) => {
      http.get({ port: server.address().port, path: p, agent }, (res) => {
        let b = '';
        res.on('data', (c) => { b += c; });
        res.on('end', () => {
          console.log(res.statusCode, b, res.headers.connection, res.headers['keep-alive'], 'reused=' + res.req.reusedSocket);
          setImmediate(resolve);
        });
      });
    });
  }
  console.log('free sockets', Object.values(agent.freeSockets).map((l) => l.length));
  server.closeIdleConnections();
  server.close(() => {
    console.log('server closed, connections', conns);
    agent.destroy();
  });
});
