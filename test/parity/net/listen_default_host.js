// net: listen(0) without a host binds the IPv6 any address (dual stack).
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const net = require('net');
const s = net.createServer((c) => c.end());
s.listen(0, () => {
  const a = s.address();
  console.log(a.address, a.family);
  const c = net.connect(a.port, '127.0.0.1', () => console.log('v4 client connected'));
  c.resume();
  c.on('close', () => s.close());
});
