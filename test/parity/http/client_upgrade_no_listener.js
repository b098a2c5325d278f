// A 101 response without an 'upgrade' listener on the client destroys the socket; CONNECT
// through a server with a 'connect' listener gives the client's 'connect' event.
'use strict';
const http = require('http');
const server = http.createServer();
server.on('upgrade', (req, socket) => socket.end('HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\nConnection: Upgrade\r\n\r\n'));
server.on('connect', (req, socket, head) => {
  socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
  socket.on('data', (d) => socket.end('echo:' + d));
});
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  await new Promise((resolve) => {
    const req = http.request({ port, agent: false, headers: { Connection: 'Upgrade', Upgrade: 'x' } });
    req.on('response', () => console.log('response?'));
    req.on('error', (e) => console.log('error', e.code, e.message));
    req.on('close', () => { console.log('closed without listener'); resolve(); });
    req.end();
  });
  await new Promise((resolve) => {
    const req = http.request({ port, method: 'CONNECT', path: 'example.com:80', agent: false });
    req.on('connect', (res, socket, head) => {
      console.log('connect', res.statusCode, res.statusMessage, head.length);
      socket.write('hi');
      let got = '';
      socket.on('data', (d) => { got += d; });
      socket.on('end', () => { console.log('tunnel got', got); socket.destroy(); resolve(); });
    });
    req.end();
  });
  server.close();
});
