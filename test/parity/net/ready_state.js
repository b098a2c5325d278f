// net: readyState and pending/connecting through a connection's life.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const net = require('net');
const server = net.createServer((s) => s.on('data', () => {}).on('end', () => s.end()));
server.listen(0, '127.0.0.1', () => {
  const c = new net.Socket();
  console.log('new', c.readyState, c.pending, c.connecting);
  c.connect(server.address().port, '127.0.0.1');
  console.log('connecting', c.readyState, c.pending, c.connecting);
  c.on('connect', () => {
    console.log('connected', c.readyState, c.pending, c.connecting);
    c.end();
    console.log('after end', c.readyState);
  });
  c.on('end', () => console.log('end', c.readyState));
  c.on('close', () => { console.log('closed', c.readyState); server.close(); });
  c.resume();
});
