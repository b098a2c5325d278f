// parity-timeout: 30s
// SNI: the server sees the client's servername, SNICallback picks a context per name, and
// addContext contexts match names with wildcards.
const tls = require('tls');
const { certs: c } = require('./_certs.js');
(async () => {
  const run = (serverOpts, setup, servername) => new Promise((resolve) => {
    let seen;
    const server = tls.createServer(serverOpts, (s) => { seen = s.servername; s.end('x'); });
    if (setup) setup(server);
    server.on('tlsClientError', (e) => console.log('tlsClientError', e.message));
    server.listen(0, '127.0.0.1', () => {
      const sock = tls.connect({ port: server.address().port, ca: c.ca, servername, rejectUnauthorized: false });
      sock.on('secureConnect', () => {
        sock.cn = sock.getPeerCertificate().subject.CN;
        sock.sn = sock.servername;
      });
      sock.on('data', () => {});
      sock.on('error', (e) => console.log('client error', e.message));
      sock.on('close', () => server.close(() => {
        console.log(JSON.stringify(servername), 'server saw', JSON.stringify(seen), 'cert CN', sock.cn, 'client servername', sock.sn);
        resolve();
      }));
    });
  });
  const base = { key: c.server.key, cert: c.server.cert };
  await run(base, null, 'localhost');
  await run(base, null, undefined);
  const calls = [];
  await run({ ...base, SNICallback(name, cb) {
    calls.push(name);
    cb(null, name === 'example.com' ? tls.createSecureContext(c.other) : undefined);
  } }, null, 'example.com');
  await run({ ...base, SNICallback(name, cb) { calls.push(name); cb(null); } }, null, 'localhost');
  console.log('SNICallback calls', calls);
  await run(base, (s) => s.addContext('*.example.org', c.other), 'www.example.org');
  await run(base, (s) => s.addContext('*.example.org', c.other), 'example.org');
  await run(base, (s) => s.addContext('example.com', tls.createSecureContext(c.other)), 'example.com');
})();
