// dgram: two sockets with reuseAddr can bind the same port.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const dgram = require('dgram');
const a = dgram.createSocket({ type: 'udp4', reuseAddr: true });
a.bind(0, '127.0.0.1', () => {
  const b = dgram.createSocket({ type: 'udp4', reuseAddr: true });
  b.on('error', (e) => console.log('error', e.code));
  b.bind(a.address().port, '127.0.0.1', () => {
    console.log('both bound', a.address().port === b.address().port);
    a.close(); b.close();
  });
});
