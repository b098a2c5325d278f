// Agent with maxSockets 1: requests queue in agent.requests and run one after another on the
// same socket; getName; free and total socket counts.
'use strict';
const http = require('http');
let connections = 0;
const server = http.createServer((req, res) => setImmediate(() => res.end(req.url)));
server.on('connection', () => connections++);
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
console.log(agent.getName({ host: 'h', port: 1, localAddress: 'l', family: 4 }), agent.getName({}));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const done = [];
  for (const p of ['/1', '/2', '/3']) {
    http.get({ port, path: p, agent }, (res) => {
      let b = '';
      res.on('data', (c) => { b += c; });
      res.on('end', () => {
        done.push(b);
        if (done.length === 3) {
          setImmediate(() => {
            console.log('order', done.join(' '), 'connections', connections, 'total', agent.totalSocketCount);
            agent.destroy();
            server.close();
          });
        }
      });
    });
  }
  console.log('queued', Object.values(agent.requests).map((l) => l.length), 'sockets', Object.values(agent.sockets).map((l) => l.length));
});
