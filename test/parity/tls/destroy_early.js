// parity-timeout: 30s
// A TLS client destroyed before its handshake ends closes without 'secureConnect' or an error;
// destroy(err) reports err; the server sees the connection go (tlsClientError or nothing).
const tls = require('tls');
const c = require('./_certs.js').certs;
const server = tls.createServer({ key: c.server.key, cert: c.server.cert }, () => console.log('unexpected secureConnection'));
server.on('tlsClientError', () => {});
server.listen(0, '127.0.0.1', async () => {
  for (const withError of [false, true]) {
    await new Promise((resolve) => {
      const sock = tls.connect({ port: server.address().port, ca: c.ca, servername: 'localhost' });
      sock.on('secureConnect', () => console.log('unexpected secureConnect'));
      sock.on('error', (e) => console.log('error', e.message));
      sock.on('close', (hadError) => { console.log('close', hadError, sock.destroyed); resolve(); });
      if (withError) sock.destroy(new Error('stop')); else sock.destroy();
    });
  }
  await new Promise((resolve) => {
    const sock = tls.connect({ port: server.address().port, ca: c.ca, servername: 'localhost' });
    sock.on('connect', () => { console.log('tcp connect'); sock.destroy(); });
    sock.on('close', (hadError) => { console.log('close after connect', hadError); resolve(); });
  });
  server.close();
});
