// dgram: setBroadcast/setTTL/setMulticast* on a bound socket and their validation errors.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
s.bind(0, '127.0.0.1', () => {
  console.log('setBroadcast', s.setBroadcast(true));
  console.log('setTTL', s.setTTL(64));
  console.log('setMulticastTTL', s.setMulticastTTL(3));
  console.log('setMulticastLoopback', s.setMulticastLoopback(false));
  for (const [n, f] of [['ttl 0', () => s.setTTL(0)], ['ttl 256', () => s.setTTL(256)],
    ['ttl str', () => s.setTTL('1')], ['mttl 256', () => s.setMulticastTTL(256)],
    ['iface bad', () => s.setMulticastInterface(1)]]) {
    try { f(); console.log(n, 'ok'); } catch (e) { console.log(n, e.code, e.message); }
  }
  s.close();
});
