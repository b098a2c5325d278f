// parity-timeout: 30s
// Backpressure through TLS: the client pauses while the server writes 1 MiB, then resumes and
// receives it all; setEncoding keeps multi-byte characters split across records whole.
const tls = require('tls');
const c = require('./_certs.js').certs;
const big = Buffer.alloc(1 << 20, 'x');
const server = tls.createServer({ key: c.server.key, cert: c.server.cert }, (s) => {
  const ok = s.write(big);
  s.write(Buffer.from('é€😀'));
  s.end();
  console.log('first write returned', ok);
});
server.listen(0, '127.0.0.1', () => {
  const sock = tls.connect({ port: server.address().port, ca: c.ca, servername: 'localhost' });
  sock.setEncoding('utf8');
  sock.pause();
  let text = '';
  setTimeout(() => {
    console.log('paused', sock.isPaused());
    sock.on('data', (d) => { text += d; });
    sock.resume();
  }, 200);
  sock.on('end', () => {
    console.log('received', text.length, text.endsWith('xé€😀'));
    server.close();
  });
});
