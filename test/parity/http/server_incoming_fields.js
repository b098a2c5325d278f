// IncomingMessage fields: method, url, httpVersion(Major/Minor), headers with Node's duplicate
// rules, headersDistinct, rawHeaders, trailers, complete, joinDuplicateHeaders.
'use strict';
const http = require('http');
const net = require('net');
function run(opts, raw) {
  return new Promise((resolve) => {
    const server = http.createServer(opts, (req, res) => {
      req.resume();
      req.on('end', () => {
        console.log(req.method, req.url, req.httpVersion, req.httpVersionMajor, req.httpVersionMinor, 'complete=' + req.complete);
        console.log('headers', JSON.stringify(req.headers));
        console.log('distinct', JSON.stringify(req.headersDistinct));
        console.log('rawHeaders', JSON.stringify(req.rawHeaders));
        console.log('trailers', JSON.stringify(req.trailers), JSON.stringify(req.rawTrailers));
        res.end();
        server.close(resolve);
      });
    });
    server.listen(0, '127.0.0.1', () => {
      const s = net.connect(server.address().port, '127.0.0.1');
      s.resume();
      s.end(raw);
    });
  });
}
const dup = 'GET /p?q=1 HTTP/1.1\r\nHost: a\r\nHost: b\r\nX-Y: 1\r\nx-y: 2\r\nCookie: c=1\r\nCookie: d=2\r\nSet-Cookie: s1\r\nset-cookie: s2\r\nContent-Type: t1\r\nContent-Type: t2\r\nAccept: a\r\nACCEPT: b\r\nUser-Agent: u1\r\nUser-Agent: u2\r\nConnection: close\r\n\r\n';
(async () => {
  await run({}, dup);
  await run({ joinDuplicateHeaders: true }, dup);
  await run({}, 'POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n1\r\na\r\n0\r\nX-T: 1\r\nx-t: 2\r\n\r\n');
})();
