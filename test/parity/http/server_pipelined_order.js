// Pipelined requests answered out of order by the handlers still go out in request order;
// 'request' events for every request in one chunk fire before nextTicks run.
'use strict';
const http = require('http');
const net = require('net');
const log = [];
const server = http.createServer((req, res) => {
  log.push('request ' + req.url);
  process.nextTick(() => log.push('tick after ' + req.url));
  const delay = { '/slow': 30, '/mid': 10, '/fast': 0 }[req.url];
  setTimeout(() => res.end(req.url), delay);
});
server.listen(0, '127.0.0.1', () => {
  const s = net.connect(server.address().port, '127.0.0.1');
  let got = '';
  s.on('data', (d) => { got += d; });
  s.on('close', () => {
    console.log(log.join('\n'));
    console.log(got.split('\r\n\r\n').map((p) => p.split('\r\n')[0]).join(' | '));
    server.close();
  });
  s.write('GET /slow HTTP/1.1\r\nHost: h\r\n\r\nGET /mid HTTP/1.1\r\nHost: h\r\n\r\nGET /fast HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n');
});
