// parity-timeout: 30s
// 4 MiB each way through TLS with backpressure: byte counts and digests match.
const { pair } = require('./_pair.js');
const { certs: c } = require('./_certs.js');
const crypto = require('crypto');
const data = Buffer.alloc(4 << 20, 'the quick brown fox jumps over the lazy dog 0123456789');
const want = crypto.createHash('sha256').update(data).digest('hex');
pair({ key: c.server.key, cert: c.server.cert }, { ca: c.ca, servername: 'localhost' }, {
  server(s, log) {
    const h = crypto.createHash('sha256');
    let n = 0;
    s.on('data', (d) => { n += d.length; h.update(d); });
    s.on('end', () => {
      log.push(`server got ${n} ${h.digest('hex') === want}`);
      s.end(data);
    });
  },
  client(sock, log) {
    const h = crypto.createHash('sha256');
    let n = 0;
    sock.on('data', (d) => { n += d.length; h.update(d); });
    sock.on('end', () => log.push(`client got ${n} ${h.digest('hex') === want}`));
    sock.end(data);
  },
});
