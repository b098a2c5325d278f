// parity-timeout: 30s
// Which verification failures carry Node 24's "--use-system-ca" hint, through tls.connect,
// https.get, fetch and WebSocket: the leaf-level ones (self-signed leaf, unknown issuer of a lone
// leaf) do; a self-signed CA in the chain and an unknown intermediate's issuer do not.
const tls = require('tls');
const https = require('https');
const c = require('./_certs.js').certs;

const servers = [
  ['self-signed leaf', { key: c.self.key, cert: c.self.cert }],
  ['lone leaf', { key: c.server.key, cert: c.server.cert }],
  ['CA in chain', { key: c.server.key, cert: c.server.cert + c.ca }],
  ['intermediate sent', { key: c.chained.key, cert: c.chained.cert + c.chained.inter }],
  ['intermediate missing', { key: c.chained.key, cert: c.chained.cert }],
];

(async () => {
  for (const [name, opts] of servers) {
    const srv = tls.createServer(opts, (s) => {
      s.on('error', () => {});
      s.end('HTTP/1.1 200 OK\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
    });
    srv.on('tlsClientError', () => {});
    await new Promise((resolve) => srv.listen(0, '127.0.0.1', resolve));
    const port = srv.address().port;
    await new Promise((resolve) => {
      const s = tls.connect({ port, host: '127.0.0.1', servername: 'localhost' });
      s.on('secureConnect', () => { console.log(name, 'tls connected'); s.destroy(); resolve(); });
      s.on('error', (e) => { console.log(name, 'tls', e.code, '|', e.message); resolve(); });
    });
    await new Promise((resolve) => {
      const req = https.get({ port, host: 'localhost', agent: false }, (res) => { console.log(name, 'https', res.statusCode); res.resume(); resolve(); });
      req.on('error', (e) => { console.log(name, 'https', e.code, '|', e.message); resolve(); });
    });
    try {
      await fetch(`https://localhost:${port}/`);
      console.log(name, 'fetch ok');
    } catch (e) {
      console.log(name, 'fetch', e.message, e.cause.code, '|', e.cause.message);
    }
    await new Promise((resolve) => {
      const ws = new WebSocket(`wss://localhost:${port}/`);
      ws.onerror = (e) => console.log(name, 'ws error', JSON.stringify(e.message));
      ws.onclose = (e) => { console.log(name, 'ws close', e.code); resolve(); };
    });
    srv.close();
  }
})();
