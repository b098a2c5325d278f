// net.SocketAddress constructor validation.
const { SocketAddress } = require('net');
for (const o of [1, { family: 'ipv5' }, { address: 1 }, { port: 70000 }, { port: -1 }, { flowlabel: -1 },
  { family: 1 }]) {
  try { new SocketAddress(o); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
