// dgram: a udp6 socket with ipv6Only bound to :: reports family IPv6 and address ::.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const dgram = require('dgram');
const s = dgram.createSocket({ type: 'udp6', ipv6Only: true });
s.bind(0, () => { const a = s.address(); console.log(a.address, a.family); s.close(); });
