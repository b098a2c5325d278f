// requires: node:net
// 20,000 request/response round trips of 64 bytes on one loopback connection (latency-bound).
// Checksum: round trips completed.
'use strict';
const net = require('node:net');
const msg = Buffer.alloc(64, 'p');
const server = net.createServer((s) => s.on('data', (d) => s.write(d)));
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.setNoDelay(true);
  let n = 0, pending = 0;
  c.on('connect', () => c.write(msg));
  c.on('data', (d) => {
    pending += d.length;
    while (pending >= 64) {
      pending -= 64;
      if (++n === 20000) { c.end(); server.close(); console.log(String(n)); return; }
      c.write(msg);
    }
  });
});
