// requires: node:http
// The hello server for the idle-connections case: node hello-idle.server.js PORT. Keep-alive
// connections never time out (keepAliveTimeout 0), so all of them are still open when the
// server's RSS is read, however long opening them took.
'use strict';
const http = require('node:http');
const port = Number(process.argv[2] || 8080);
const body = 'hello world\n';
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': body.length });
  res.end(body);
});
server.keepAliveTimeout = 0;
server.listen(port, '127.0.0.1', () => console.log('listening ' + port));
