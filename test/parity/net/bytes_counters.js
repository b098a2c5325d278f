// net: bytesRead and bytesWritten on both sides after an exchange.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const net = require('net');
const server = net.createServer((s) => {
  s.on('data', () => {});
  s.on('end', () => {
    s.end('0123456789');
    s.on('close', () => { console.log('server read', s.bytesRead, 'wrote', s.bytesWritten); server.close(); });
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.write('abc');
    c.end(Buffer.from('defg'));
    console.log('client wrote so far', c.bytesWritten);
  });
  c.resume();
  c.on('close', () => console.log('client read', c.bytesRead, 'wrote', c.bytesWritten));
});
