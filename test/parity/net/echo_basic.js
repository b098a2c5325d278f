// net: an echo server on 127.0.0.1: client and server events, each side in order, data, end and close(hadError).
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const net = require('net');
const cev = [], sev = [];
const server = net.createServer((sock) => {
  sev.push('connection');
  sock.on('data', (d) => { sev.push('data ' + d); sock.end(d); });
  sock.on('end', () => sev.push('end'));
  sock.on('finish', () => sev.push('finish'));
  sock.on('close', (hadError) => {
    sev.push('close ' + hadError);
    server.close(() => {
      sev.push('server closed');
      console.log('client:', cev.join(', '));
      console.log('server:', sev.join(', '));
    });
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.on('connect', () => { cev.push('connect'); c.write('hello'); });
  c.on('ready', () => cev.push('ready'));
  c.on('data', (d) => cev.push('data ' + d));
  c.on('end', () => cev.push('end'));
  c.on('finish', () => cev.push('finish'));
  c.on('close', (hadError) => cev.push('close ' + hadError));
});
