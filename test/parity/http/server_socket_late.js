// The socket of a request read after its connection closed (a response with Connection: close,
// the socket first asked for a turn of the loop later) and one read while the connection lives:
// what a program sees of them, byte counts included.
'use strict';
const http = require('http');
const net = require('net');

function describe(s) {
  return [s instanceof net.Socket, s.destroyed, s.readyState, s.remoteAddress, s.remotePort, s.localAddress,
    'written>0=' + (s.bytesWritten > 0), 'read=' + s.bytesRead, s.writable, s.readable].join(' ');
}

const srv = http.createServer((req, res) => {
  const which = req.url;
  if (which === '/closed') {
    res.on('close', () => setTimeout(() => {
      console.log('closed', describe(req.socket), 'res.socket=' + res.socket, req.socket.server === srv);
      liveRequest();
    }, 50));
  } else {
    res.on('finish', () => {
      const s = req.socket;
      console.log('live', s instanceof net.Socket, s.destroyed, s.readyState, 'written>0=' + (s.bytesWritten > 0),
                  'read>0=' + (s.bytesRead > 0), s.remoteAddress, typeof s.remotePort);
      srv.close();
    });
  }
  res.end('bye ' + which);
});
srv.listen(0, '127.0.0.1', () => {
  http.get({ port: srv.address().port, path: '/closed', headers: { Connection: 'close' } }, (res) => {
    res.resume();
  });
});

function liveRequest() {
  const agent = new http.Agent({ keepAlive: true });
  http.get({ port: srv.address().port, path: '/live', agent }, (res) => {
    res.resume();
    res.on('end', () => agent.destroy());
  });
}
