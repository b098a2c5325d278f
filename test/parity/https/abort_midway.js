// parity-timeout: 30s
// Destroying an https response while the body streams: the response's 'aborted'/'error' and
// 'close', the request's 'close', and the server seeing the connection go.
const https = require('https');
const c = require('../tls/_certs.js').certs;
const serverLog = [];
const srv = https.createServer({ key: c.server.key, cert: c.server.cert }, (req, res) => {
  res.write('first chunk');
  res.on('close', () => serverLog.push(`server res close, finished=${res.writableFinished}`));
});
srv.listen(0, '127.0.0.1', () => {
  const log = [];
  const req = https.get({ port: srv.address().port, host: 'localhost', ca: c.ca, agent: false }, (res) => {
    res.once('data', (d) => {
      log.push(`data ${d}`);
      res.destroy();
    });
    res.on('error', (e) => log.push(`res error ${e.code}`));
    res.on('aborted', () => log.push('aborted'));
    res.on('close', () => log.push('res close'));
  });
  req.on('error', (e) => log.push(`req error ${e.code}`));
  req.on('close', () => {
    log.push('req close');
    setTimeout(() => srv.close(() => console.log(log.join(' | ') + '\n' + serverLog.join(' | '))), 50);
  });
});
