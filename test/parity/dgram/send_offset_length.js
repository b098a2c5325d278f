// dgram: send(buf, offset, length, port, address, cb) sends only the slice.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
s.on('message', (msg) => {
  console.log('got', msg.toString());
  s.close();
});
s.bind(0, '127.0.0.1', () => {
  s.send(Buffer.from('0123456789'), 2, 5, s.address().port, '127.0.0.1', (err, n) => console.log('cb', err, n));
});
