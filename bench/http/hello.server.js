// requires: node:http
// "hello world" server for wrk: node hello.server.js PORT (prints "listening PORT" when ready).
'use strict';
const http = require('node:http');
const port = Number(process.argv[2] || 8080);
const body = 'hello world\n';
http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': body.length });
  res.end(body);
}).listen(port, '127.0.0.1', () => console.log('listening ' + port));
