// Server options of Node 24: optimizeEmptyRequests (a request without Content-Length or
// Transfer-Encoding is dumped and closed before the handler: no 'data', 'end' or 'close'; one
// with a body is read as usual), keepAliveTimeoutBuffer, and their validation.
'use strict';
const http = require('http');
const log = [];

for (const opts of [{ optimizeEmptyRequests: 'yes' }, { keepAliveTimeoutBuffer: -1 }, { keepAliveTimeoutBuffer: 1.5 }]) {
  try {
    http.createServer(opts);
    log.push(JSON.stringify(opts) + ' ok');
  } catch (e) {
    log.push(JSON.stringify(opts) + ' ' + e.code + ' ' + e.message);
  }
}
log.push('default keepAliveTimeoutBuffer ' + http.createServer().keepAliveTimeoutBuffer);
log.push('set keepAliveTimeoutBuffer ' + http.createServer({ keepAliveTimeoutBuffer: 250 }).keepAliveTimeoutBuffer);

const server = http.createServer({ optimizeEmptyRequests: true, keepAliveTimeoutBuffer: 10 }, (req, res) => {
  const tag = req.method + ' ' + req.url;
  log.push(tag + ' handler readable=' + req.readable + ' ended=' + req.readableEnded + ' destroyed=' +
    req.destroyed + ' closed=' + req.closed + ' dumped=' + req._dumped + ' consuming=' + req._consuming);
  let body = '';
  req.on('data', (c) => { body += c; });
  req.on('end', () => log.push(tag + ' end body=' + JSON.stringify(body)));
  req.on('close', () => log.push(tag + ' close'));
  res.end('ok', () => setTimeout(() => {
    log.push(tag + ' later ended=' + req.readableEnded + ' socket timeout=' + req.socket.timeout);
  }, 20));
});

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function request(method, path, body) {
  return new Promise((resolve) => {
    const req = http.request({ port: server.address().port, method, path, agent }, (res) => {
      res.resume();
      res.on('end', () => setTimeout(resolve, 60));
    });
    req.end(body);
  });
}

server.listen(0, '127.0.0.1', async () => {
  await request('GET', '/empty');
  await request('POST', '/body', 'payload');
  agent.destroy();
  server.close(() => console.log(log.join('\n')));
});
