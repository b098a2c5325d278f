// net: 4 MB through an echo server arrive intact (byte count and checksum).
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const net = require('net');
const server = net.createServer((s) => s.pipe(s));
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const payload = Buffer.alloc(4 << 20);
  for (let i = 0; i < payload.length; i++) payload[i] = i % 251;
  let n = 0, sum = 0;
  c.on('data', (d) => { n += d.length; for (const b of d) sum = (sum + b) % 65521; });
  c.on('end', () => { console.log('received', n, 'sum', sum); server.close(); });
  c.end(payload);
});
