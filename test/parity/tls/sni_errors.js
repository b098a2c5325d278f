// parity-timeout: 30s
// SNICallback failures: an error passed to the callback reaches 'tlsClientError' on the server
// and the client sees the connection fail; a second callback call is ERR_MULTIPLE_CALLBACK.
const tls = require('tls');
const c = require('./_certs.js').certs;
const run = (SNICallback) => new Promise((resolve) => {
  const log = [];
  let pending = 2;
  const done = () => { if (--pending === 0) server.close(() => { console.log(log.sort().join(' | ')); resolve(); }); };
  const server = tls.createServer({ key: c.server.key, cert: c.server.cert, SNICallback }, (s) => { log.push('secureConnection'); s.end(); done(); });
  server.on('tlsClientError', (e) => { log.push(`tlsClientError ${e.code} ${e.message}`); done(); });
  server.listen(0, '127.0.0.1', () => {
    const sock = tls.connect({ port: server.address().port, ca: c.ca, servername: 'localhost' });
    sock.on('error', (e) => log.push(`client error ${e.code}`));
    sock.on('close', done);
  });
});
(async () => {
  await run((name, cb) => cb(new Error('no context for ' + name)));
  await run((name, cb) => setTimeout(() => cb(new Error('late failure')), 10));
})();
