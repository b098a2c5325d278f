// dgram: DataView and Uint16Array payloads are sent as their bytes.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
const got = [];
s.on('message', (m) => { got.push(m.toString('hex')); if (got.length === 2) { console.log(got.sort()); s.close(); } });
s.bind(0, '127.0.0.1', () => {
  const port = s.address().port;
  s.send(new DataView(new Uint8Array([1, 2, 3]).buffer), port, '127.0.0.1');
  s.send(new Uint16Array([0x0102]), port, '127.0.0.1');
});
