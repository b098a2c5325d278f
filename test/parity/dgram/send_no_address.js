// dgram: send(buf, port) without an address goes to localhost for udp4.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
s.on('message', (m, r) => { console.log(m.toString(), r.address); s.close(); });
s.bind(0, () => s.send('to default', s.address().port));
