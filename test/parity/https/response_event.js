// parity-timeout: 30s
// https.request without a callback: 'socket', 'response' and the response events in order,
// headers, rawHeaders and trailers over TLS.
const https = require('https');
const c = require('../tls/_certs.js').certs;
const srv = https.createServer({ key: c.server.key, cert: c.server.cert }, (req, res) => {
  res.writeHead(200, { 'X-Custom': 'A', Trailer: 'X-Sum' });
  res.write('body');
  res.addTrailers({ 'X-Sum': '42' });
  res.end();
});
srv.listen(0, '127.0.0.1', () => {
  const log = [];
  const req = https.request({ port: srv.address().port, host: 'localhost', ca: c.ca, agent: false });
  req.on('socket', (s) => log.push(`socket encrypted=${s.encrypted}`));
  req.on('finish', () => log.push('finish'));
  req.on('response', (res) => {
    log.push(`response ${res.statusCode} ${res.headers['x-custom']} ${res.rawHeaders.filter((h, i) => i % 2 === 0).join(',')}`);
    res.on('data', (d) => log.push(`data ${d}`));
    res.on('end', () => log.push(`end trailers=${JSON.stringify(res.trailers)}`));
    res.on('close', () => { log.push('res close'); });
  });
  req.on('close', () => { log.push('req close'); srv.close(() => console.log(log.join('\n'))); });
  req.end();
});
