// dgram: options on a socket that is not bound yet fail with EBADF as libuv reports it.
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
for (const [name, fn] of [['setBroadcast', () => s.setBroadcast(true)], ['setTTL', () => s.setTTL(5)],
  ['setMulticastTTL', () => s.setMulticastTTL(5)], ['setMulticastLoopback', () => s.setMulticastLoopback(true)],
  ['address', () => s.address()], ['getRecvBufferSize', () => s.getRecvBufferSize()],
  ['getSendBufferSize', () => s.getSendBufferSize()]]) {
  try { fn(); console.log(name, 'ok'); } catch (e) { console.log(name, e.code, e.errno, e.syscall, e.message); }
}
s.close();
