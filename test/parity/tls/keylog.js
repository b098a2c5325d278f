// parity-timeout: 30s
// The 'keylog' event: NSS key log lines on the client socket and on the server (with the socket),
// in the "LABEL <client random> <secret>" format.
const tls = require('tls');
const connect = tls.connect;
tls.connect = (...args) => {
  const sock = connect(...args);
  sock.on('keylog', (line) => lines.client.push(line));
  return sock;
};
const { pair } = require('./_pair.js');
const { certs: c } = require('./_certs.js');
const lines = { client: [], server: [] };
const server = pair({ key: c.server.key, cert: c.server.cert }, { ca: c.ca, servername: 'localhost' }, {
  server(s) { s.end('x'); },
  client(sock) { sock.on('data', () => {}); },
  done() {
    for (const side of ['client', 'server']) {
      const l = lines[side];
      console.log(side, l.length > 0, l.every((b) => Buffer.isBuffer(b) && /^[A-Z_0-9]+ [0-9a-f]{64} [0-9a-f]+\n$/.test(b.toString())));
      console.log(side, l.some((b) => b.toString().startsWith('CLIENT_HANDSHAKE_TRAFFIC_SECRET ')),
        l.some((b) => b.toString().startsWith('SERVER_TRAFFIC_SECRET_0 ')));
    }
  },
});
server.on('keylog', (line, sock) => { lines.server.push(line); if (!(sock instanceof require('tls').TLSSocket)) console.log('bad socket'); });
