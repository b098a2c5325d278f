// net: without allowHalfOpen a socket ends its side when the peer ends.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const net = require('net');
const server = net.createServer((s) => {
  s.on('end', () => console.log('server end, writable', s.writable));
  s.on('finish', () => console.log('server finish'));
  s.on('close', () => { console.log('server close'); server.close(); });
  s.resume();
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.end());
  c.resume();
  c.on('end', () => console.log('client end'));
});
