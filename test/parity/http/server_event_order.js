// Event order of one request/response on the server and client: request, data, end, finish,
// close, response, and the socket events.
'use strict';
const http = require('http');
const log = [];
const server = http.createServer((req, res) => {
  log.push('server request ' + req.method + ' ' + req.url);
  req.on('data', (c) => log.push('req data ' + c));
  req.on('end', () => {
    log.push('req end complete=' + req.complete);
    res.on('finish', () => log.push('res finish'));
    res.on('close', () => log.push('res close writableEnded=' + res.writableEnded + ' writableFinished=' + res.writableFinished));
    req.on('close', () => log.push('req close'));
    res.end('ok');
    log.push('after end headersSent=' + res.headersSent);
  });
});
server.on('connection', () => log.push('server connection'));
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, method: 'PUT', agent: false }, (res) => {
    log.push('client response ' + res.statusCode);
    res.on('data', (c) => log.push('client data ' + c));
    res.on('end', () => log.push('client end'));
    res.on('close', () => {
      log.push('client res close');
      server.close(() => {
        log.push('server closed');
        console.log(log.join('\n'));
      });
    });
  });
  req.on('socket', () => log.push('client socket'));
  req.on('close', () => log.push('client req close'));
  req.end('body');
});
