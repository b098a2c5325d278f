'use strict';
// Helper for the tls cases: a server on 127.0.0.1:0 and one client, each side's events logged on
// its own list (the two sides' relative order is a race in any TLS stack), printed when both
// sockets and the server have closed.
const tls = require('tls');

function pair(serverOpts, clientOpts, hooks = {}) {
  const log = { server: [], client: [] };
  const server = tls.createServer(serverOpts, (s) => {
    log.server.push('secureConnection');
    if (hooks.server) hooks.server(s, log.server);
    s.on('error', (e) => log.server.push(`socket error ${e.code}`));
    s.on('close', () => log.server.push('socket close'));
  });
  server.on('tlsClientError', (e) => {
    log.server.push(`tlsClientError ${e.code} ${e.message}`);
  });
  let pending = 2;
  const finish = () => {
    if (--pending) return;
    server.close(() => {
      console.log('server:', log.server.join(' | '));
      console.log('client:', log.client.join(' | '));
      if (hooks.done) hooks.done();
    });
  };
  server.on('connection', (raw) => raw.on('close', finish));
  server.listen(0, '127.0.0.1', () => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ...clientOpts });
    c.on('secureConnect', () => {
      log.client.push('secureConnect');
      if (hooks.client) hooks.client(c, log.client);
    });
    c.on('error', (e) => log.client.push(`error ${e.code} ${e.message}`));
    c.on('close', (hadError) => {
      log.client.push(`close ${hadError}`);
      finish();
    });
  });
  return server;
}

module.exports = { pair };
