// Chunked uploads from the client (write without Content-Length), a body with Content-Length,
// response streaming in several chunks, and setEncoding on the response. Chunk boundaries are
// printed only for chunked bodies: with Content-Length they depend on how TCP segments arrive.
'use strict';
const http = require('http');
const server = http.createServer((req, res) => {
  const parts = [];
  req.on('data', (c) => parts.push(c.toString()));
  req.on('end', () => {
    res.write(`te=${req.headers['transfer-encoding']} cl=${req.headers['content-length']}\n`);
    setImmediate(() => { res.write(parts.join(req.headers['transfer-encoding'] ? '|' : '') + '\n'); res.end('done'); });
  });
});
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (const withLength of [false, true]) {
    await new Promise((resolve) => {
      const req = http.request({ port, method: 'POST', agent: false, headers: withLength ? { 'Content-Length': 6 } : {} }, (res) => {
        res.setEncoding('utf8');
        let all = '';
        res.on('data', (c) => { all += c; });
        res.on('end', () => { console.log(res.headers['transfer-encoding'], JSON.stringify(all)); resolve(); });
      });
      req.write('abc');
      setImmediate(() => req.end('def'));
    });
  }
  server.close();
});
