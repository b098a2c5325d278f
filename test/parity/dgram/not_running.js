// dgram: methods on a closed socket throw ERR_SOCKET_DGRAM_NOT_RUNNING.
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
s.close();
for (const [name, fn] of [['close', () => s.close()], ['address', () => s.address()], ['bind', () => s.bind(0)],
  ['send', () => s.send('x', 1234, '127.0.0.1')], ['addMembership', () => s.addMembership('224.0.0.1')]]) {
  try { fn(); console.log(name, 'ok'); } catch (e) { console.log(name, e.code, e.message); }
}
