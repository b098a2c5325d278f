// createServer options: validation errors, defaults of the timeouts, maxHeaderSize, custom
// IncomingMessage/ServerResponse classes, uniqueHeaders.
'use strict';
const http = require('http');
const net = require('net');
const s = http.createServer();
console.log(s.requestTimeout, s.headersTimeout, s.keepAliveTimeout, s.timeout, s.maxHeadersCount, s.maxRequestsPerSocket, s.requireHostHeader);
for (const o of [{ maxHeaderSize: -1 }, { requestTimeout: 'x' }, { headersTimeout: 10, requestTimeout: 5 }, { insecureHTTPParser: 1 }, { joinDuplicateHeaders: 'yes' }, 5]) {
  try { http.createServer(o); console.log('ok', JSON.stringify(o)); } catch (e) { console.log(e.name, e.code, e.message); }
}
class MyReq extends http.IncomingMessage { get kind() { return 'mine'; } }
class MyRes extends http.ServerResponse {}
const server = http.createServer({ IncomingMessage: MyReq, ServerResponse: MyRes, maxHeaderSize: 100, uniqueHeaders: ['x-u'] }, (req, res) => {
  console.log('classes', req.kind, req instanceof MyReq, res instanceof MyRes);
  res.setHeader('X-U', ['a', 'b']);
  res.setHeader('X-M', ['a', 'b']);
  res.end();
});
server.listen(0, '127.0.0.1', async () => {
  const raw = (d) => new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1');
    let got = '';
    c.on('data', (x) => { got += x; });
    c.on('close', () => resolve(got.replace(/Date: [^\r]*/, 'Date: <date>')));
    c.end(d);
  });
  console.log(JSON.stringify(await raw('GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n')));
  console.log(JSON.stringify(await raw('GET / HTTP/1.1\r\nHost: h\r\nX: ' + 'a'.repeat(120) + '\r\n\r\n')));
  server.close();
});
