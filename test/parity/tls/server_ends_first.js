// parity-timeout: 30s
// The server ends or destroys right after the handshake: the client's events in order, with and
// without allowHalfOpen.
const tls = require('tls');
const c = require('./_certs.js').certs;
(async () => {
  for (const [mode, half] of [['end', false], ['end', true], ['destroy', false]]) {
    await new Promise((resolve) => {
      const server = tls.createServer({ key: c.server.key, cert: c.server.cert }, (s) => {
        if (mode === 'end') s.end('bye'); else { s.write('bye'); s.destroy(); }
      });
      server.listen(0, '127.0.0.1', () => {
        const log = [];
        const sock = tls.connect({ port: server.address().port, ca: c.ca, servername: 'localhost', allowHalfOpen: half });
        sock.on('secureConnect', () => log.push('secureConnect'));
        sock.on('data', (d) => log.push(`data ${d}`));
        sock.on('end', () => {
          log.push(`end writable=${sock.writable}`);
          if (half) setTimeout(() => sock.end(), 10);
        });
        sock.on('finish', () => log.push('finish'));
        sock.on('error', (e) => log.push(`error ${e.code}`));
        sock.on('close', (hadError) => {
          log.push(`close ${hadError}`);
          server.close(() => { console.log(mode, 'allowHalfOpen', half + ':', log.join(' | ')); resolve(); });
        });
      });
    });
  }
})();
