// parity-timeout: 30s
// Protocol versions: negotiated version on both sides with min/max limits, getCipher's version,
// and the errors when the two sides share no version.
const tls = require('tls');
const { certs: c } = require('./_certs.js');
const cases = [
  [{}, {}],
  [{ maxVersion: 'TLSv1.2' }, {}],
  [{}, { maxVersion: 'TLSv1.2' }],
  [{ minVersion: 'TLSv1.3' }, {}],
  [{ secureProtocol: 'TLSv1_2_method' }, {}],
  [{ minVersion: 'TLSv1.3' }, { maxVersion: 'TLSv1.2' }],
  [{ maxVersion: 'TLSv1.2' }, { minVersion: 'TLSv1.3' }],
];
(async () => {
  for (const [so, co] of cases) {
    await new Promise((resolve) => {
      const log = [];
      let pending = 2; // the client's close and the server's outcome, which may come in either order
      const done = () => {
        if (--pending) return;
        server.close(() => {
          console.log(JSON.stringify(so), JSON.stringify(co), log.sort().join(' | '));
          resolve();
        });
      };
      const server = tls.createServer({ key: c.server.key, cert: c.server.cert, ...so }, (s) => {
        log.push(`server ${s.getProtocol()} ${s.getCipher().version}`);
        s.end('x');
        done();
      });
      server.on('tlsClientError', (e) => { log.push(`tlsClientError ${e.code} ${e.library}: ${e.reason}`); done(); });
      server.listen(0, '127.0.0.1', () => {
        const sock = tls.connect({ port: server.address().port, ca: c.ca, servername: 'localhost', ...co }, () => {
          log.push(`client ${sock.getProtocol()} ${sock.getCipher().version}`);
        });
        sock.on('data', () => {});
        sock.on('error', (e) => log.push(`client error ${e.code} ${e.library}: ${e.reason}`));
        sock.on('close', done);
      });
    });
  }
})();
