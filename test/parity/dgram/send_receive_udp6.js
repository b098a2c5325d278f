// dgram: a udp6 round trip on ::1 with rinfo.family IPv6.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const dgram = require('dgram');
const server = dgram.createSocket('udp6');
server.on('message', (msg, rinfo) => {
  console.log('message', msg.toString(), rinfo.address, rinfo.family);
  server.close();
  client.close();
});
const client = dgram.createSocket('udp6');
server.bind(0, '::1', () => {
  const { address, family } = server.address();
  console.log('bound', address, family);
  client.send('six', server.address().port, '::1');
});
server.on('close', () => console.log('close'));
