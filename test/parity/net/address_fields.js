// net: server.address(), socket local/remote address, port equality and families on IPv4.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const net = require('net');
const lines = [];
const server = net.createServer((s) => {
  lines.push(['server side', s.localAddress, s.localFamily, s.remoteAddress, s.remoteFamily, s.localPort === server.address().port].join(' '));
  s.end();
});
server.listen(0, '127.0.0.1', () => {
  const a = server.address();
  console.log('address', a.address, a.family, typeof a.port, Object.keys(a));
  const c = net.connect({ port: a.port, host: '127.0.0.1' }, () => {
    lines.push(['client side', c.remoteAddress, c.remoteFamily, c.remotePort === a.port, c.localAddress].join(' '));
  });
  c.on('close', () => { server.close(); console.log(lines.sort().join('\n')); });
  c.resume();
});
