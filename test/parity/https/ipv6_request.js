// parity-timeout: 30s
// https over ::1: a URL with a bracketed IPv6 host, the Host header, and the IP SAN check.
const https = require('https');
const c = require('../tls/_certs.js').certs;
const srv = https.createServer({ key: c.server.key, cert: c.server.cert }, (req, res) => {
  res.end(`${req.headers.host.replace(/\d+$/, 'PORT')} ${req.socket.remoteFamily} ${req.socket.servername}`);
});
srv.listen(0, '::1', () => {
  https.get(`https://[::1]:${srv.address().port}/`, { ca: c.ca, agent: false }, (res) => {
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', () => { console.log(res.statusCode, res.socket.authorized, body); srv.close(); });
  });
});
