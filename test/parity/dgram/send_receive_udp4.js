// dgram: a udp4 echo round trip on 127.0.0.1 prints events, rinfo fields and callback args.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');
server.on('listening', () => {
  const a = server.address();
  console.log('server listening', a.address, a.family, typeof a.port);
  client.send('ping', a.port, '127.0.0.1', (err, bytes) => console.log('client sent', err, bytes));
});
server.on('message', (msg, rinfo) => {
  console.log('server message', msg.toString(), rinfo.address, rinfo.family, rinfo.size);
  server.send(Buffer.from('pong'), rinfo.port, rinfo.address);
});
client.on('message', (msg, rinfo) => {
  console.log('client message', msg.toString(), rinfo.size);
  client.close(() => console.log('client close'));
  server.close(() => console.log('server close'));
});
server.bind(0, '127.0.0.1');
