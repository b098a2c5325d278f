// dgram: send() with an array of buffers and strings concatenates them into one datagram.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
s.on('message', (msg, rinfo) => {
  console.log(JSON.stringify(msg.toString()), rinfo.size);
  s.close();
});
s.bind(0, '127.0.0.1', () => {
  s.send([Buffer.from('a'), 'bc', new Uint8Array([100, 101])], s.address().port, '127.0.0.1', (err, n) => {
    console.log('cb', err, n);
  });
});
