// net: server.address(), socket local/remote address, port equality and families on IPv4.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const net = require('net');
const server = net.createServer((s) => {
  console.log('server side', s.localAddress, s.localFamily, s.remoteAddress, s.remoteFamily, s.localPort === server.address().port);
  s.end();
});
server.listen(0, '127.0.0.1', () => {
  const a = server.address();
  console.log('address', a.address, a.family, typeof a.port, Object.keys(a));
  const c = net.connect({ port: a.port, host: '127.0.0.1' }, () => {
    console.log('client side', c.remoteAddress, c.remoteFamily, c.remotePort === a.port, c.localAddress);
  });
  c.on('close', () => server.close());
  c.resume();
});
