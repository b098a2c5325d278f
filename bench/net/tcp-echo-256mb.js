// requires: node:net
// 256 MB from a client through an echo server on 127.0.0.1 (pipe on the server side).
// Checksum: bytes received back.
'use strict';
const net = require('node:net');
const total = 256 << 20;
const block = Buffer.alloc(64 << 10, 'x');
const server = net.createServer((s) => s.pipe(s));
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let sent = 0, got = 0;
  const pump = () => {
    while (sent < total) {
      sent += block.length;
      if (!c.write(block)) return c.once('drain', pump);
    }
    c.end();
  };
  c.on('data', (d) => { got += d.length; });
  c.on('end', () => { server.close(); console.log(String(got)); });
  pump();
});
