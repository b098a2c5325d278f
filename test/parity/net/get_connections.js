// net: getConnections counts open sockets; server 'close' waits for them.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const net = require('net');
const socks = [];
const server = net.createServer((s) => {
  socks.push(s);
  if (socks.length === 2) {
    server.getConnections((err, n) => {
      console.log('connections', err, n);
      server.close(() => console.log('server close event'));
      console.log('after close(), listening', server.listening);
      for (const s of socks) s.end();
    });
  }
});
server.listen(0, '127.0.0.1', () => {
  for (let i = 0; i < 2; i++) net.connect(server.address().port, '127.0.0.1').resume().on('close', () => console.log('client closed'));
});
