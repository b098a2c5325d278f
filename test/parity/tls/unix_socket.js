// parity-timeout: 30s
// TLS over a Unix domain socket (listen on a path, connect with { path }).
const tls = require('tls');
const fs = require('fs');
const os = require('os');
const path = require('path');
const c = require('./_certs.js').certs;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tlsunix-'));
const sockPath = path.join(dir, 's.sock');
const server = tls.createServer({ key: c.server.key, cert: c.server.cert }, (s) => s.end('over unix'));
server.listen(sockPath, () => {
  const sock = tls.connect({ path: sockPath, ca: c.ca, servername: 'localhost' }, () => {
    console.log('secureConnect', sock.authorized, sock.getProtocol());
  });
  sock.on('data', (d) => console.log('data', String(d)));
  sock.on('close', () => server.close(() => { fs.rmSync(dir, { recursive: true, force: true }); console.log('closed'); }));
});
