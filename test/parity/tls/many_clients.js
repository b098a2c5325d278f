// parity-timeout: 30s
// Ten concurrent TLS clients against one server: each gets its own answer; the server counts
// connections and closes once all are done.
const tls = require('tls');
const c = require('./_certs.js').certs;
let served = 0;
const server = tls.createServer({ key: c.server.key, cert: c.server.cert }, (s) => {
  served++;
  s.on('data', (d) => s.end(`hello ${d}`));
});
server.listen(0, '127.0.0.1', () => {
  const answers = [];
  let left = 10;
  for (let i = 0; i < 10; i++) {
    const sock = tls.connect({ port: server.address().port, ca: c.ca, servername: 'localhost' }, () => sock.write(String(i)));
    let a = '';
    sock.on('data', (d) => { a += d; });
    sock.on('close', () => {
      answers[i] = a;
      if (--left === 0) {
        server.getConnections((err, n) => {
          console.log('getConnections', err, typeof n);
          server.close(() => console.log('served', served, answers.join(',')));
        });
      }
    });
  }
});
