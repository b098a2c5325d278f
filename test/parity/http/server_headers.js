// ServerResponse header API: setHeader/getHeader(s)/getHeaderNames/hasHeader/removeHeader/
// appendHeader, arrays, case, and the head they produce on the wire.
'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  res.setHeader('X-One', 1);
  res.setHeader('Set-Cookie', ['a=1', 'b=2']);
  res.appendHeader('x-one', '2');
  res.appendHeader('X-New', ['p', 'q']);
  res.setHeader('Content-Type', 'text/plain');
  console.log('getHeader', JSON.stringify(res.getHeader('x-one')), res.getHeader('CONTENT-TYPE'));
  console.log('names', res.getHeaderNames());
  console.log('raw names', res.getRawHeaderNames());
  console.log('headers', JSON.stringify(res.getHeaders()), Object.getPrototypeOf(res.getHeaders()));
  console.log('has', res.hasHeader('content-type'), res.hasHeader('nope'));
  res.removeHeader('content-type');
  console.log('after remove', res.hasHeader('content-type'));
  res.statusCode = 201;
  res.statusMessage = 'Made';
  res.end('x');
  for (const f of [() => res.setHeader('a', 'b'), () => res.removeHeader('a'), () => res.appendHeader('a', 'b'), () => res.writeHead(200)]) {
    try { f(); } catch (e) { console.log(e.code, e.message); }
  }
});
server.listen(0, '127.0.0.1', () => {
  const s = net.connect(server.address().port, '127.0.0.1');
  let data = '';
  s.on('data', (d) => { data += d; });
  s.on('close', () => {
    console.log(JSON.stringify(data.replace(/Date: [^\r]*/, 'Date: <date>')));
    server.close();
  });
  s.end('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
});
