// parity-timeout: 30s
// https.get with a URL string: status, headers and body on the client; method, url, host
// header and the TLS socket on the server.
const https = require('https');
const c = require('../tls/_certs.js').certs;
const seen = [];
const srv = https.createServer({ key: c.server.key, cert: c.server.cert }, (req, res) => {
  seen.push(`server ${req.method} ${req.url} ${req.headers.host === 'localhost:' + srv.address().port} encrypted=${req.socket.encrypted} alpn=${req.socket.alpnProtocol} servername=${req.socket.servername}`);
  res.setHeader('content-type', 'text/plain');
  res.end('hello ' + req.url);
});
srv.listen(0, '127.0.0.1', () => {
  https.get(`https://localhost:${srv.address().port}/a?b=1`, { ca: c.ca }, (res) => {
    console.log('client', res.statusCode, res.statusMessage, res.headers['content-type'], res.socket.authorized, res.socket.encrypted);
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      console.log('body', body);
      https.globalAgent.destroy();
      srv.close(() => console.log(seen.join('\n')));
    });
  });
});
