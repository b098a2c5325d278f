// net: maxConnections drops extra connections with a 'drop' event.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const net = require('net');
const server = net.createServer((s) => { console.log('accepted'); s.on('close', () => server.close()); });
server.maxConnections = 1;
server.on('drop', (d) => { console.log('drop', d.localAddress, d.remoteAddress, d.localFamily); });
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const a = net.connect(port, '127.0.0.1', () => {
    const b = net.connect(port, '127.0.0.1');
    b.on('close', () => { console.log('second closed'); a.end(); });
    b.on('error', () => {});
    b.resume();
  });
  a.resume();
});
