// net: allowHalfOpen server keeps writing after the client ends; client gets the data then end.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const net = require('net');
const server = net.createServer({ allowHalfOpen: true }, (s) => {
  s.on('end', () => {
    console.log('server got end, writable', s.writable);
    s.end('late reply');
  });
  s.resume();
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.end('bye'));
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('client data', d));
  c.on('end', () => console.log('client end'));
  c.on('close', () => { console.log('client close'); server.close(); });
});
