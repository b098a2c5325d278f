// headersTimeout and requestTimeout (checked every connectionsCheckingInterval): a connection
// that sends nothing, a head sent a line at a time, and a body sent a byte at a time all get
// 408 and a closed connection; an idle keep-alive connection after a complete request does not.
'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer({ headersTimeout: 300, requestTimeout: 600, connectionsCheckingInterval: 50 }, (req, res) => {
  req.resume();
  req.on('end', () => res.end('done'));
});
server.on('clientError', (err, socket) => {
  console.log('clientError', err.code, err.message);
  socket.end('HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
});
server.listen(0, '127.0.0.1', async () => {
  const run = (name, parts) => new Promise((resolve) => {
    const s = net.connect(server.address().port, '127.0.0.1');
    let got = '';
    s.on('data', (d) => { got += d; });
    s.on('close', () => { console.log(name, JSON.stringify(got.replace(/Date: [^\r]*/, 'Date: <date>'))); resolve(); });
    let i = 0;
    const iv = setInterval(() => { if (i < parts.length) s.write(parts[i++]); }, 100);
    s.on('close', () => clearInterval(iv));
    setTimeout(() => s.destroy(), 2000);
  });
  await run('nothing', []);
  await run('slow head', ['GET / HTTP/1.1\r\n', 'Host: h\r\n', 'X: 1\r\n', 'X: 2\r\n', 'X: 3\r\n', 'X: 4\r\n', '\r\n']);
  await run('slow body', ['POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\n', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']);
  await run('idle after request', ['GET / HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\n\r\n']);
  server.close();
});
