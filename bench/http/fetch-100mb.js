// requires: node:http, global:fetch
// fetch() of a 100 MB body from a local node:http server on 127.0.0.1 (the "fetch 100 MB
// >= 0.8x node throughput" target). Checksum: bytes received and status.
'use strict';
const http = require('node:http');
const CHUNK = Buffer.alloc(1 << 16, 120), N = 1600; // 1600 x 64 KB = 100 MB
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': CHUNK.length * N });
  let i = 0;
  (function write() {
    while (i < N) { i++; if (!res.write(CHUNK)) { res.once('drain', write); return; } }
    res.end();
  })();
});
server.listen(0, '127.0.0.1', async () => {
  const res = await fetch(`http://127.0.0.1:${server.address().port}/`);
  let bytes = 0;
  for await (const c of res.body) bytes += c.length;
  server.close();
  console.log(res.status + ' ' + bytes);
});
