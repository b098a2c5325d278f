// parity-timeout: 30s
// tls.connect({ socket }) over a connected net.Socket, and over one still connecting; the
// TLS socket's events and data.
const net = require('net');
const tls = require('tls');
const { certs: c } = require('./_certs.js');
const server = tls.createServer({ key: c.server.key, cert: c.server.cert }, (s) => {
  s.on('data', (d) => s.end(`echo ${d}`));
});
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (const early of [false, true]) {
    await new Promise((resolve) => {
      const go = (raw) => {
        const sock = tls.connect({ socket: raw, ca: c.ca, servername: 'localhost' }, () => {
          console.log(early ? 'connecting socket:' : 'connected socket:', 'secureConnect', sock.authorized, sock.encrypted, raw.encrypted);
          sock.write('hi');
        });
        sock.on('data', (d) => console.log('data', String(d)));
        sock.on('close', () => { console.log('close', raw.destroyed); resolve(); });
      };
      const raw = net.connect(port, '127.0.0.1');
      if (early) go(raw);
      else raw.on('connect', () => go(raw));
    });
  }
  server.close();
});
