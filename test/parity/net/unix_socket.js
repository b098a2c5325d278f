// net: a Unix-domain socket server and client; address() is the path.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const net = require('net');
const os = require('os');
const path = require('path');
const fs = require('fs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gnode-net-'));
const p = path.join(dir, 's.sock');
const server = net.createServer((s) => s.end('over unix'));
server.listen(p, () => {
  console.log('address is path', server.address() === p);
  const c = net.connect(p);
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('data', d));
  c.on('close', () => server.close(() => {
    console.log('socket file removed', !fs.existsSync(p));
    fs.rmSync(dir, { recursive: true });
  }));
});
