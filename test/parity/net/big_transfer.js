// net: 4 MB through an echo server arrive intact (byte count and content).
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const net = require('net');
const server = net.createServer((s) => s.pipe(s));
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const payload = Buffer.alloc(4 << 20, 'gnode-net-payload-');
  let n = 0;
  const parts = [];
  c.on("data", (d) => { n += d.length; parts.push(d); });
  c.on("end", () => { console.log("received", n, "equal", Buffer.concat(parts).equals(payload)); server.close(); });
  c.end(payload);
});
