// parity-timeout: 30s
// setTimeout on a TLS socket: 'timeout' fires when idle and the socket stays open until ended;
// the timeout option of tls.connect does the same.
const tls = require('tls');
const c = require('./_certs.js').certs;
const server = tls.createServer({ key: c.server.key, cert: c.server.cert }, () => {});
server.listen(0, '127.0.0.1', async () => {
  for (const viaOption of [false, true]) {
    await new Promise((resolve) => {
      const sock = tls.connect({ port: server.address().port, ca: c.ca, servername: 'localhost', timeout: viaOption ? 50 : undefined }, () => {
        if (!viaOption) sock.setTimeout(50);
      });
      sock.on('timeout', () => {
        console.log(viaOption ? 'option' : 'setTimeout', 'timeout; destroyed', sock.destroyed, 'timeout', sock.timeout);
        sock.destroy();
      });
      sock.on('close', resolve);
    });
  }
  server.close();
});
