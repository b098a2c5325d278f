// ClientRequest.setTimeout and the timeout option: 'timeout' fires when the server is silent,
// then destroy() gives ECONNRESET 'socket hang up'.
'use strict';
const http = require('http');
const server = http.createServer(() => {});
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ port: server.address().port, agent: false, timeout: 50 });
  req.on('timeout', () => { console.log('timeout event'); req.destroy(); });
  req.on('error', (e) => console.log('error', e.code, e.message));
  req.on('close', () => {
    console.log('close');
    server.closeAllConnections();
    server.close(() => console.log('server closed'));
  });
});
