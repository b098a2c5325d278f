// net.BoundSocket (new in Node 24.21): binding at construction (address/fd/isPipe, an occupied
// port, the option checks), close/Symbol.dispose and ERR_SOCKET_HANDLE_ADOPTED, adoption by
// server.listen(bound) and listen({ handle }) for TCP and a Unix path, and by
// new net.Socket({ handle }) whose connect() keeps the bound source port.
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');
const log = (...a) => console.log(...a);
const attempt = (label, fn) => { try { log(label, fn()); } catch (e) { log(label, `${e.name} ${e.code} ${e.message}`); } };
log(typeof net.BoundSocket, Object.getOwnPropertyNames(net.BoundSocket.prototype), 'isPipe' in net.BoundSocket.prototype);
const b = new net.BoundSocket({ host: '127.0.0.1' });
const a = b.address();
log(a.address, a.family, a.port > 0, typeof b.fd(), b.fd() > 2, b.isPipe, Object.keys(b));
attempt('in use', () => new net.BoundSocket({ host: '127.0.0.1', port: a.port }));
attempt('dns name', () => new net.BoundSocket({ host: 'localhost' }));
attempt('bad port', () => new net.BoundSocket({ port: 70000 }));
attempt('bad opts', () => new net.BoundSocket(1));
attempt('ipv6Only type', () => new net.BoundSocket({ ipv6Only: 1 }));
attempt('path and port', () => new net.BoundSocket({ path: '/tmp/x', port: 1 }));
attempt('path type', () => new net.BoundSocket({ path: 1 }));
const v6 = new net.BoundSocket({ host: '::1' });
log('v6', v6.address().address, v6.address().family);
v6.close();
attempt('after close', () => v6.address());
attempt('close twice', () => v6.close());
const d = new net.BoundSocket();
log('default', d.address().address, d.address().family);
d[Symbol.dispose](); d[Symbol.dispose]();
attempt('after dispose', () => d.fd());
const six = new net.BoundSocket({ ipv6Only: true });
log('ipv6Only default', six.address().address, six.address().family);
six.close();

const server = net.createServer((s) => { s.end('hi'); });
server.listen(b, () => {
  const addr = server.address();
  log('server listening', addr.port === a.port, addr.address);
  attempt('adopted address', () => b.address());
  attempt('adopted close', () => b.close());
  const cb = new net.BoundSocket({ host: '127.0.0.1' });
  const localPort = cb.address().port;
  const c = new net.Socket({ handle: cb });
  log('client before connect', c.connecting, c.readyState);
  attempt('reuse', () => new net.Socket({ handle: cb }));
  attempt('localPort', () => new net.Socket({ handle: new net.BoundSocket({ host: '127.0.0.1' }) }).connect({ port: 1, host: '127.0.0.1', localPort: 5 }));
  c.connect(addr.port, '127.0.0.1', () => {
    log('client connected', c.localPort === localPort, c.remotePort === addr.port);
  });
  let data = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { data += d; });
  c.on('close', () => {
    log('client data', JSON.stringify(data));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bound-'));
    const p = path.join(dir, 's.sock');
    const pb = new net.BoundSocket({ path: p });
    log('pipe', pb.isPipe, pb.address() === p, fs.existsSync(p));
    const ps = net.createServer((s) => s.end('pipe ok'));
    ps.listen({ handle: pb }, () => {
      log('pipe server address', ps.address() === p);
      const pc = net.connect(p);
      let got = '';
      pc.on('data', (d) => { got += d; });
      pc.on('close', () => {
        log('pipe data', got);
        ps.close(() => {
          server.close(() => { fs.rmSync(dir, { recursive: true, force: true }); log('done'); });
        });
      });
    });
  });
});
