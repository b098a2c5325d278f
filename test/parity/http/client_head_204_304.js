// Responses without bodies on the client: HEAD with Content-Length, 204, 304; keep-alive reuse
// afterwards works because the parser does not wait for a body.
'use strict';
const http = require('http');
const server = http.createServer((req, res) => {
  if (req.url === '/204') { res.writeHead(204); res.end(); return; }
  if (req.url === '/304') { res.writeHead(304, { ETag: 'x' }); res.end(); return; }
  res.setHeader('Content-Length', 10);
  res.end(req.method === 'HEAD' ? undefined : '0123456789');
});
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
server.listen(0, '127.0.0.1', async () => {
  for (const [method, path] of [['HEAD', '/'], ['GET', '/204'], ['GET', '/304'], ['GET', '/']]) {
    await new Promise((resolve) => {
      http.request({ port: server.address().port, method, path, agent }, (res) => {
        let n = 0;
        res.on('data', (c) => { n += c.length; });
        res.on('end', () => {
          console.log(method, path, res.statusCode, 'cl=' + res.headers['content-length'], 'body=' + n, 'complete=' + res.complete);
          setImmediate(resolve);
        });
      }).end();
    });
  }
  agent.destroy();
  server.close();
});
