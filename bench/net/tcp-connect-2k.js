// requires: node:net
// 2,000 sequential connect / small write / close cycles against a loopback server.
// Checksum: connections the server accepted.
'use strict';
const net = require('node:net');
let accepted = 0;
const server = net.createServer((s) => { accepted++; s.resume(); s.on('end', () => s.end()); });
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  let left = 2000;
  const one = () => {
    const c = net.connect(port, '127.0.0.1', () => c.end('hi'));
    c.resume();
    c.on('close', () => {
      if (--left > 0) one();
      else { server.close(); console.log(String(accepted)); }
    });
  };
  one();
});
