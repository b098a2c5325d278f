// dgram: an empty datagram is delivered with size 0.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
s.on('message', (msg, rinfo) => {
  console.log('len', msg.length, rinfo.size, Buffer.isBuffer(msg));
  s.close();
});
s.bind(0, '127.0.0.1', () => s.send(Buffer.alloc(0), s.address().port, '127.0.0.1'));
