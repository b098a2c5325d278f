// parity-timeout: 30s
// parity-env: NODE_TLS_REJECT_UNAUTHORIZED=0
// NODE_TLS_REJECT_UNAUTHORIZED=0 from the start: fetch over https and WebSocket over wss:// accept
// a self-signed server, and Node's warning is printed once (at the first TLS connection, not at
// startup nor for plain http).
const https = require('https');
const http = require('http');
const crypto = require('crypto');
const c = require('../tls/_certs.js').certs;

const plain = http.createServer((req, res) => res.end('plain'));
const srv = https.createServer({ key: c.self.key, cert: c.self.cert }, (req, res) => {
  res.setHeader('content-type', 'text/plain');
  res.end(`secure ${req.method} ${req.url} ${req.socket.getProtocol().startsWith('TLS')}`);
});
srv.on('upgrade', (req, sock) => {
  const key = crypto.createHash('sha1').update(`${req.headers['sec-websocket-key']}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
  sock.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${key}\r\n\r\n`);
  sock.write(Buffer.from([0x81, 5, ...Buffer.from('hello')]));
  sock.write(Buffer.from([0x88, 2, 0x03, 0xe8]));
  sock.on('data', () => sock.end()); // the client's close frame
  sock.on('error', () => {});
});
plain.listen(0, '127.0.0.1', () => srv.listen(0, '127.0.0.1', async () => {
  console.log('plain:', await (await fetch(`http://127.0.0.1:${plain.address().port}/`)).text());
  console.error('-- before the first https fetch');
  const base = `https://127.0.0.1:${srv.address().port}`;
  const r = await fetch(`${base}/a?b=1`, { method: 'POST', body: 'x' });
  console.log(r.status, r.headers.get('content-type'), await r.text());
  console.log(await (await fetch(`${base}/again`)).text());
  const log = [];
  await new Promise((resolve) => {
    const ws = new WebSocket(`wss://127.0.0.1:${srv.address().port}/`);
    ws.onopen = () => log.push('ws open');
    ws.onmessage = (m) => log.push(`ws message ${m.data}`);
    ws.onerror = (e) => log.push(`ws error ${e.message}`);
    ws.onclose = (e) => { log.push(`ws close ${e.code} ${e.wasClean}`); resolve(); };
  });
  console.log(log.join('\n'));
  srv.close();
  srv.closeAllConnections();
  plain.close();
}));
