// parity-timeout: 30s
// The checkServerIdentity option: an error it returns rejects the connection (or only marks it
// unauthorized with rejectUnauthorized: false), undefined accepts a name mismatch; its arguments.
const tls = require('tls');
const c = require('./_certs.js').certs;
const cases = [
  ['custom error', { checkServerIdentity: (host, cert) => { console.log('called with', host, cert.subject.CN, typeof cert.raw); const e = new Error('nope'); e.code = 'MY_CODE'; return e; } }],
  ['custom error no reject', { rejectUnauthorized: false, checkServerIdentity: () => new Error('no code') }],
  ['accept mismatch', { servername: 'wrong.test', checkServerIdentity: () => undefined }],
  ['host option used', { servername: undefined, host: 'localhost' }],
];
(async () => {
  for (const [name, co] of cases) {
    await new Promise((resolve) => {
      const server = tls.createServer({ key: c.server.key, cert: c.server.cert }, (s) => s.end('x'));
      server.on('tlsClientError', () => {});
      server.listen(0, '127.0.0.1', () => {
        const sock = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: c.ca, servername: 'localhost', ...co }, () => {
          console.log(name, 'secureConnect', sock.authorized, sock.authorizationError);
        });
        sock.on('data', () => {});
        sock.on('error', (e) => console.log(name, 'error', e.code, e.message));
        sock.on('close', () => server.close(resolve));
      });
    });
  }
})();
