// Unix-socket connections have no addresses (libuv pipes): undefined remote/local address,
// port and family on both sides, address() {}, and a dropped connection's 'drop' carries nothing.
const net = require('net');
const os = require('os');
const path = require('path');
const fs = require('fs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gnode-unix-'));
const sockPath = path.join(dir, 's.sock');
const desc = (s) => [s.remoteAddress, s.remotePort, s.remoteFamily, s.localAddress, s.localPort, s.localFamily,
  JSON.stringify(s.address())].join(' ');
const log = {};
const srv = net.createServer((s) => { log.server = desc(s); s.on('data', () => {}); });
srv.maxConnections = 1;
srv.on('drop', function (d) { log.drop = `${d} ${arguments.length}`; });
srv.listen(sockPath, () => {
  log.serverAddress = srv.address() === sockPath;
  const c = net.connect(sockPath, () => {
    log.client = desc(c);
    const c2 = net.connect(sockPath);
    c2.on('error', () => {});
    c2.on('close', () => {
      c.destroy();
      srv.close(() => {
        fs.rmSync(dir, { recursive: true, force: true });
        for (const k of ['serverAddress', 'server', 'client', 'drop']) console.log(k, log[k]);
      });
    });
  });
});
