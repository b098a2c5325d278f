// closeAllConnections ends active connections (the client sees 'socket hang up' or an aborted
// response); server.close waits for them.
'use strict';
const http = require('http');
const server = http.createServer((req, res) => {
  res.write('start');
  setImmediate(() => server.closeAllConnections());
});
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ port: server.address().port, agent: false }, (res) => {
    res.on('data', (c) => console.log('data', String(c)));
    res.on('aborted', () => console.log('aborted'));
    res.on('error', (e) => console.log('res error', e.code, e.message));
    res.on('close', () => {
      console.log('res close complete=' + res.complete);
      server.close(() => console.log('server closed'));
    });
  });
  req.on('error', (e) => console.log('req error', e.code));
});
