// 'upgrade' hands over the raw socket and the bytes after the head; the client's 'upgrade'
// event gets the response, its socket and its head. Both sides then talk raw.
'use strict';
const http = require('http');
const server = http.createServer((req, res) => res.end('plain'));
server.on('upgrade', (req, socket, head) => {
  console.log('server upgrade', req.method, req.headers.upgrade, JSON.stringify(head.toString()));
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nHELLO');
  socket.on('data', (d) => {
    console.log('server raw data', JSON.stringify(d.toString()));
    socket.end('BYE');
  });
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, headers: { Connection: 'Upgrade', Upgrade: 'echo' }, agent: false });
  req.on('upgrade', (res, socket, head) => {
    console.log('client upgrade', res.statusCode, res.headers.upgrade, JSON.stringify(head.toString()));
    let got = '';
    socket.on('data', (d) => { got += d; });
    socket.on('end', () => {
      console.log('client raw got', JSON.stringify(got));
      socket.end();
      server.close(() => console.log('closed'));
    });
    socket.write('PING');
  });
  req.on('close', () => console.log('client req close'));
  req.end();
});
