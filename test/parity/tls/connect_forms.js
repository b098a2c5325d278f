// parity-timeout: 30s
// tls.connect argument forms: (port, host, options, cb), (port, options, cb), (options, cb);
// options given later override host and port.
const tls = require('tls');
const c = require('./_certs.js').certs;
const server = tls.createServer({ key: c.server.key, cert: c.server.cert }, (s) => s.end('x'));
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const opts = { ca: c.ca, servername: 'localhost' };
  const forms = [
    ['port, host, options, cb', (cb) => tls.connect(port, '127.0.0.1', opts, cb)],
    ['port, options, cb', (cb) => tls.connect(port, { ...opts, host: '127.0.0.1' }, cb)],
    ['options, cb', (cb) => tls.connect({ ...opts, port, host: '127.0.0.1' }, cb)],
    ['options win', (cb) => tls.connect(1, 'nowhere.invalid', { ...opts, port, host: '127.0.0.1' }, cb)],
  ];
  for (const [name, f] of forms) {
    await new Promise((resolve) => {
      const sock = f(() => console.log(name, 'secureConnect', sock.authorized, sock.remotePort === port));
      sock.on('data', () => {});
      sock.on('error', (e) => console.log(name, 'error', e.code));
      sock.on('close', resolve);
    });
  }
  server.close();
});
