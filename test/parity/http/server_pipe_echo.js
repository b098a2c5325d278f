// req.pipe(res): a streamed echo of a chunked upload; backpressure with pause/resume on req.
'use strict';
const http = require('http');
const server = http.createServer((req, res) => {
  res.setHeader('Content-Type', req.headers['content-type']);
  req.pause();
  setTimeout(() => { req.resume(); req.pipe(res); }, 20);
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, method: 'POST', agent: false, headers: { 'Content-Type': 'x/y' } }, (res) => {
    const parts = [];
    res.on('data', (c) => parts.push(c.length));
    res.on('end', () => {
      console.log(res.statusCode, res.headers['content-type'], res.headers['transfer-encoding'], 'bytes', parts.reduce((a, b) => a + b, 0));
      server.close();
    });
  });
  const chunk = Buffer.alloc(50000, 97);
  let i = 0;
  (function write() {
    while (i < 20) {
      i++;
      if (!req.write(chunk)) { req.once('drain', write); return; }
    }
    req.end();
  })();
});
