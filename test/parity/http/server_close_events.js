// server.close() with a keep-alive connection open: idle connections are closed at once, the
// server's 'close' follows; the client's free socket sees the end.
'use strict';
const http = require('http');
const log = [];
const server = http.createServer((req, res) => res.end('x'));
const agent = new http.Agent({ keepAlive: true });
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, agent }, (res) => {
    res.resume();
    res.on('end', () => {
      const socket = res.req.socket;
      setImmediate(() => {
        socket.on('close', () => log.push('client socket close'));
        server.close(() => {
          log.push('server close');
          setTimeout(() => { console.log(log.sort().join('\n')); agent.destroy(); }, 20);
        });
      });
    });
  });
});
