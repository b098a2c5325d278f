// dgram: a dual-stack udp6 socket receives from an IPv4 sender as an IPv4-mapped address.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const dgram = require('dgram');
const s = dgram.createSocket('udp6');
s.on('message', (m, r) => { console.log(m.toString(), r.address, r.family); s.close(); c.close(); });
const c = dgram.createSocket('udp4');
s.bind(0, '::', () => c.send('mapped', s.address().port, '127.0.0.1'));
