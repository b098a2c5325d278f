// net: a server on ::1 and a client to it; families are IPv6.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const net = require('net');
const server = net.createServer((s) => s.pipe(s));
server.listen(0, '::1', () => {
  console.log(server.address().address, server.address().family);
  const c = net.connect(server.address().port, '::1', () => {
    console.log('connected', c.remoteAddress, c.remoteFamily);
    c.end('six');
  });
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('data', d));
  c.on('close', () => server.close());
});
