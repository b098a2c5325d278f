// The server answers a POST before reading its body; the unread body is dumped and the
// connection stays usable for the next request on a keep-alive agent.
'use strict';
const http = require('http');
const server = http.createServer((req, res) => {
  res.end(`early ${req.url}`);
});
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
server.listen(0, '127.0.0.1', async () => {
  for (const p of ['/post', '/get']) {
    await new Promise((resolve) => {
      const req = http.request({ port: server.address().port, path: p, method: p === '/post' ? 'POST' : 'GET', agent }, (res) => {
        let b = '';
        res.on('data', (c) => { b += c; });
        res.on('end', () => { console.log(res.statusCode, b, 'reused=' + req.reusedSocket); setImmediate(resolve); });
      });
      if (p === '/post') req.end('x'.repeat(1000));
      else req.end();
    });
  }
  agent.destroy();
  server.close();
});
