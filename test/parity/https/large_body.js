// parity-timeout: 30s
// A 2 MiB response body and a 1 MiB request body over https, streamed both ways.
const https = require('https');
const crypto = require('crypto');
const c = require('../tls/_certs.js').certs;
const body = Buffer.alloc(2 << 20, 'abcdefghijklmnopqrstuvwxyz');
const upload = Buffer.alloc(1 << 20, '0123456789');
const digest = (b) => crypto.createHash('sha256').update(b).digest('hex').slice(0, 16);
let serverSaw;
const srv = https.createServer({ key: c.server.key, cert: c.server.cert }, (req, res) => {
  const chunks = [];
  req.on('data', (d) => chunks.push(d));
  req.on('end', () => {
    const got = Buffer.concat(chunks);
    serverSaw = `server got ${got.length} ${digest(got) === digest(upload)}`;
    res.end(body);
  });
});
srv.listen(0, '127.0.0.1', () => {
  const req = https.request({ port: srv.address().port, host: 'localhost', ca: c.ca, method: 'POST', agent: false }, (res) => {
    const chunks = [];
    res.on('data', (d) => chunks.push(d));
    res.on('end', () => {
      const got = Buffer.concat(chunks);
      console.log('client got', got.length, digest(got) === digest(body), res.headers['content-length']);
      srv.close(() => console.log(serverSaw));
    });
  });
  req.end(upload);
});
