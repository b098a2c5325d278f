// net: setTimeout emits 'timeout' on an idle socket; setTimeout(0) disables it.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const net = require('net');
const server = net.createServer((s) => s.resume());
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.setTimeout(50, () => {
    console.log('timeout, timeout prop', c.timeout);
    c.setTimeout(0);
    c.destroy();
    server.close();
  });
  c.on('close', () => console.log('close'));
});
