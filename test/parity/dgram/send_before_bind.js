// dgram: send() on an unbound socket binds it implicitly and queues the datagram.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', () => {
  const client = dgram.createSocket('udp4');
  client.on('listening', () => console.log('client listening', client.address().address));
  client.send('queued', server.address().port, '127.0.0.1', (err) => console.log('sent', err));
  server.on('message', (m, r) => {
    console.log('got', m.toString(), r.address);
    client.close(); server.close();
  });
});
