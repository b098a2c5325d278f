// dgram: bind() without an address binds to 0.0.0.0 (udp4) and :: (udp6).
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const dgram = require('dgram');
const a = dgram.createSocket('udp4');
a.bind(() => {
  console.log('udp4', a.address().address, a.address().family);
  const b = dgram.createSocket('udp6');
  b.bind(0, () => { console.log('udp6', b.address().address, b.address().family); a.close(); b.close(); });
});
