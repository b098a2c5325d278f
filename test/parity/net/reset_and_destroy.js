// net: resetAndDestroy sends RST: the peer sees ECONNRESET.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const net = require('net');
const server = net.createServer((s) => {
  s.on('error', (e) => console.log('server error', e.code, e.syscall));
  s.on('close', (hadError) => { console.log('server close', hadError); server.close(); });
  s.resume();
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.resetAndDestroy();
  });
  c.on('close', (hadError) => console.log('client close', hadError));
});
