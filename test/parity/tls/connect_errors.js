// parity-timeout: 30s
// Client-side failures: the server closes before the handshake, a plain TCP server that
// answers garbage, ECONNREFUSED, and argument validation of tls.connect.
const net = require('net');
const tls = require('tls');
(async () => {
  await new Promise((resolve) => {
    const srv = net.createServer((s) => s.destroy());
    srv.listen(0, '127.0.0.1', () => {
      const sock = tls.connect({ port: srv.address().port, host: '127.0.0.1' });
      sock.on('error', (e) => console.log('closed early:', e.code, e.message, e.host, e.port === srv.address().port));
      sock.on('close', () => srv.close(resolve));
    });
  });
  await new Promise((resolve) => {
    let peer;
    const srv = net.createServer((s) => {
      peer = s;
      s.on('error', () => {});
      s.write('HTTP/1.1 400 Bad Request\r\n\r\n');
    });
    srv.listen(0, '127.0.0.1', () => {
      const sock = tls.connect({ port: srv.address().port, host: '127.0.0.1' });
      sock.on('error', (e) => console.log('garbage:', e.code, e.library, e.reason));
      sock.on('close', () => { peer.destroy(); srv.close(resolve); });
    });
  });
  await new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = srv.address().port;
      srv.close(() => {
        const sock = tls.connect({ port, host: '127.0.0.1' });
        sock.on('error', (e) => console.log('refused:', e.code, e.syscall, e.address));
        sock.on('close', resolve);
      });
    });
  });
  for (const opts of [{ port: 1, checkServerIdentity: 5 }, { port: 1, minDHSize: 0 }, { port: 1, minDHSize: 'x' }]) {
    try { tls.connect(opts); } catch (e) { console.log('throws', e.code, e.message); }
  }
})();
