// net: destroySoon ends the socket and destroys it after the writes are flushed.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const net = require('net');
const server = net.createServer((s) => { s.write('bye'); s.destroySoon(); });
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('data', d));
  c.on('end', () => console.log('end'));
  c.on('close', () => { console.log('close'); server.close(); });
});
