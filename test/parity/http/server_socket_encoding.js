// The socket of an HTTP connection refuses setEncoding (ERR_HTTP_SOCKET_ENCODING); req.socket
// and res.socket are the same net.Socket; req.connection aliases it.
'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  console.log(req.socket instanceof net.Socket, req.socket === res.socket, req.connection === req.socket);
  console.log(typeof req.socket.remotePort, req.socket.remoteAddress, req.socket.localAddress);
  try { req.socket.setEncoding('utf8'); } catch (e) { console.log(e.code, e.message); }
  res.end();
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, agent: false }, (res) => {
    res.resume();
    res.on('end', () => server.close());
  });
});
