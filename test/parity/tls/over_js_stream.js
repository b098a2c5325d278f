// parity-timeout: 30s
// TLS over a JS stream: tls.connect({ socket }) with a Duplex that relays to a TCP connection,
// and a server-side TLSSocket over a Duplex fed from a raw server socket.
const net = require('net');
const tls = require('tls');
const { Duplex } = require('stream');
const { certs: c } = require('./_certs.js');
function relay(raw) {
  const d = new Duplex({
    read() {},
    write(chunk, enc, cb) { raw.write(chunk, cb); },
    final(cb) { raw.end(); cb(); },
  });
  raw.on('data', (b) => d.push(b));
  raw.on('end', () => d.push(null));
  raw.on('close', () => d.destroy());
  return d;
}
const server = tls.createServer({ key: c.server.key, cert: c.server.cert }, (s) => {
  s.on('data', (d) => s.end(`echo ${d}`));
});
server.listen(0, '127.0.0.1', () => {
  const raw = net.connect(server.address().port, '127.0.0.1');
  const sock = tls.connect({ socket: relay(raw), ca: c.ca, servername: 'localhost' }, () => {
    console.log('client over Duplex: secureConnect', sock.authorized, sock.getProtocol());
    sock.write('via js');
  });
  sock.on('data', (d) => console.log('data', String(d)));
  sock.on('close', () => {
    console.log('close');
    server.close();
    // the server side over a JS stream
    const plain = net.createServer((rawConn) => {
      const tsock = new tls.TLSSocket(relay(rawConn), { isServer: true, secureContext: tls.createSecureContext(c.server) });
      tsock.on('secure', () => console.log('server TLSSocket over Duplex: secure'));
      tsock.on('data', (d) => tsock.end(`pong ${d}`));
      tsock.on('error', (e) => console.log('server error', e.code));
    });
    plain.listen(0, '127.0.0.1', () => {
      const s2 = tls.connect({ port: plain.address().port, host: '127.0.0.1', ca: c.ca, servername: 'localhost' }, () => s2.write('ping'));
      s2.on('data', (d) => console.log('data', String(d)));
      s2.on('close', () => { console.log('close 2'); plain.close(); });
    });
  });
});
