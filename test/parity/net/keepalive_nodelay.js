// net: setNoDelay/setKeepAlive return the socket before and after connect.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const net = require('net');
const server = net.createServer({ noDelay: true, keepAlive: true }, (s) => s.end());
server.listen(0, '127.0.0.1', () => {
  const c = new net.Socket();
  console.log(c.setNoDelay() === c, c.setKeepAlive(true, 1000) === c);
  c.connect(server.address().port, '127.0.0.1', () => {
    console.log(c.setNoDelay(false) === c, c.setKeepAlive(false) === c);
  });
  c.resume();
  c.on('close', () => server.close());
});
