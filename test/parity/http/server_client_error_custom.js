// 'clientError' listeners answering malformed requests themselves; err.bytesParsed-free fields
// (code, reason, rawPacket) and the socket given to the listener.
'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => res.end('ok'));
server.on('clientError', (err, socket) => {
  console.log('clientError', err.code, err.reason, Buffer.isBuffer(err.rawPacket), socket instanceof net.Socket, socket.writable);
  if (err.code === 'ECONNRESET' || !socket.writable) return;
  socket.end(`HTTP/1.1 400 Bad Request\r\nX-Reason: ${err.code}\r\n\r\n`);
});
server.listen(0, '127.0.0.1', async () => {
  for (const raw of ['GET / HTTP/1.1\r\nBad Header\r\n\r\n', 'GET / HTTP/9.9\r\n\r\n', 'POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n']) {
    const out = await new Promise((resolve) => {
      const s = net.connect(server.address().port, '127.0.0.1');
      let got = '';
      s.on('data', (d) => { got += d; });
      s.on('close', () => resolve(got));
      s.write(raw);
    });
    console.log(JSON.stringify(out));
  }
  server.close();
});
