// parity-timeout: 30s
// Session resumption: the 'session' event on the first connection, then a second connection
// with { session } resumes (isSessionReused on both sides), for TLS 1.2 and 1.3.
const tls = require('tls');
const { certs: c } = require('./_certs.js');
(async () => {
  for (const maxVersion of ['TLSv1.2', 'TLSv1.3']) {
    const serverSeen = [];
    const server = tls.createServer({ key: c.server.key, cert: c.server.cert, maxVersion }, (s) => {
      serverSeen.push(s.isSessionReused());
      s.end('x');
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const port = server.address().port;
    const connect = (session) => new Promise((resolve) => {
      let got;
      const sock = tls.connect({ port, ca: c.ca, servername: 'localhost', session }, () => {
        console.log(maxVersion, 'client reused', sock.isSessionReused(), 'protocol', sock.getProtocol());
      });
      sock.on('session', (s) => { got ??= s; });
      sock.on('data', () => {});
      sock.on('close', () => resolve(got));
    });
    const s1 = await connect();
    console.log(maxVersion, 'session is Buffer', Buffer.isBuffer(s1));
    await connect(s1);
    await new Promise((r) => server.close(r));
    console.log(maxVersion, 'server reused', serverSeen);
  }
})();
