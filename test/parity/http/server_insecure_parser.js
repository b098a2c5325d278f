// insecureHTTPParser on a server accepts what the strict parser rejects (obs-fold, bare LF);
// joinDuplicateHeaders joins every duplicate.
'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer({ insecureHTTPParser: true }, (req, res) => {
  console.log('request', JSON.stringify(req.rawHeaders));
  res.end('ok');
});
server.on('clientError', (e, s) => { console.log('clientError', e.code); s.destroy(); });
server.listen(0, '127.0.0.1', async () => {
  for (const raw of ['GET / HTTP/1.1\r\nHost: h\r\nX-A: a\r\n b\r\nConnection: close\r\n\r\n', 'GET / HTTP/1.1\nHost: h\nConnection: close\n\n']) {
    await new Promise((resolve) => {
      const s = net.connect(server.address().port, '127.0.0.1');
      let got = '';
      s.on('data', (d) => { got += d; });
      s.on('close', () => { console.log(JSON.stringify(got.split('\r\n')[0])); resolve(); });
      s.write(raw);
    });
  }
  server.close();
});
