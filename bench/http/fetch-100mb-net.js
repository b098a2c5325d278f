// requires: global:fetch
// fetch() of a 100 MB body from a local server written on node:net (the same transfer as
// fetch-100mb.js, for runtimes whose node:http is not there yet). Checksum: status and bytes.
'use strict';
const net = require('node:net');
const CHUNK = Buffer.alloc(1 << 16, 120), N = 1600; // 1600 x 64 KB = 100 MB
const server = net.createServer((s) => {
  s.once('data', () => {
    s.write(`HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: ${CHUNK.length * N}\r\n\r\n`);
    let i = 0;
    (function write() {
      while (i < N) { i++; if (!s.write(CHUNK)) { s.once('drain', write); return; } }
      s.end();
    })();
  });
});
server.listen(0, '127.0.0.1', async () => {
  const res = await fetch(`http://127.0.0.1:${server.address().port}/`);
  let bytes = 0;
  for await (const c of res.body) bytes += c.length;
  server.close();
  console.log(res.status + ' ' + bytes);
});
