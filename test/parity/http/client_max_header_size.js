// Client-side parse errors: a response head over maxHeaderSize (HPE_HEADER_OVERFLOW), an
// obs-folded header (rejected, accepted with insecureHTTPParser).
'use strict';
const http = require('http');
const net = require('net');
const big = 'HTTP/1.1 200 OK\r\nX-Big: ' + 'a'.repeat(2000) + '\r\nContent-Length: 2\r\n\r\nok';
const fold = 'HTTP/1.1 200 OK\r\nX-Fold: a\r\n b\r\nContent-Length: 2\r\n\r\nok';
let reply;
const server = net.createServer((s) => s.once('data', () => s.end(reply)));
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (const [r, opts] of [[big, { maxHeaderSize: 1000 }], [big, {}], [fold, {}], [fold, { insecureHTTPParser: true }]]) {
    reply = r;
    await new Promise((resolve) => {
      const req = http.get({ port, agent: false, ...opts }, (res) => {
        console.log('response', res.statusCode, JSON.stringify(res.headers['x-fold'] ?? res.headers['x-big']?.length));
        res.resume();
        res.on('end', resolve);
      });
      req.on('error', (e) => { console.log('error', e.code, e.message); resolve(); });
    });
  }
  server.close();
});
