// maxRequestsPerSocket: the last allowed response says Connection: close; a request beyond it
// gets 503 and the 'dropRequest' event.
'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => res.end(req.url));
server.maxRequestsPerSocket = 2;
server.on('dropRequest', (req, socket) => console.log('dropRequest', req.url, socket instanceof net.Socket));
server.listen(0, '127.0.0.1', () => {
  const s = net.connect(server.address().port, '127.0.0.1');
  let got = '';
  s.on('data', (d) => { got += d; });
  s.on('close', () => {
    console.log(JSON.stringify(got.replace(/Date: [^\r]*/g, 'Date: <date>')));
    server.close();
  });
  s.write('GET /1 HTTP/1.1\r\nHost: h\r\n\r\nGET /2 HTTP/1.1\r\nHost: h\r\n\r\nGET /3 HTTP/1.1\r\nHost: h\r\n\r\n');
  setTimeout(() => s.end(), 100);
});
