// A server listening on a Unix socket and a client using socketPath.
'use strict';
const http = require('http');
const path = require('path');
const os = require('os');
const fs = require('fs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gnode-http-'));
const sock = path.join(dir, 's.sock');
const server = http.createServer((req, res) => res.end(`${req.method} ${req.url} host=${req.headers.host}`));
server.listen(sock, () => {
  http.get({ socketPath: sock, path: '/unix' }, (res) => {
    let b = '';
    res.on('data', (c) => { b += c; });
    res.on('end', () => {
      console.log(res.statusCode, b);
      server.close(() => { fs.rmSync(dir, { recursive: true, force: true }); console.log('closed'); });
      http.globalAgent.destroy();
    });
  });
});
