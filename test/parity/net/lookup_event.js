// net: connecting by name emits 'lookup' (err, address, family, host) before 'connect'.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const net = require('net');
const server = net.createServer((s) => s.end());
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: 'localhost', family: 4 });
  c.on('lookup', (err, address, family, host) => console.log('lookup', err, address, family, host));
  c.on('connect', () => console.log('connect'));
  c.on('close', () => server.close());
  c.resume();
});
