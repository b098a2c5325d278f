// CONNECT: the server's 'connect' event with the raw socket and head; without a listener the
// connection is closed.
'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer();
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const raw = (data) => new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    let got = '';
    s.on('data', (d) => { got += d; });
    s.on('close', () => resolve(got));
    s.write(data);
  });
  console.log('no listener:', JSON.stringify(await raw('CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n')));
  server.on('connect', (req, socket, head) => {
    console.log('connect', req.method, req.url, JSON.stringify(head.toString()));
    socket.end('HTTP/1.1 200 Connection Established\r\n\r\ntunnel:' + head);
  });
  console.log('listener:', JSON.stringify(await raw('CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\nEXTRA')));
  server.close();
});
