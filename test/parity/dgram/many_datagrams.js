// dgram: 100 datagrams on loopback arrive complete and in order.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
const c = dgram.createSocket('udp4');
let n = 0, inOrder = true;
s.on('message', (m) => {
  if (Number(m.toString()) !== n) inOrder = false;
  if (++n === 100) {
    console.log('received', n, 'in order', inOrder);
    s.close(); c.close();
  }
});
s.bind(0, '127.0.0.1', () => {
  for (let i = 0; i < 100; i++) c.send(String(i), s.address().port, '127.0.0.1');
});
