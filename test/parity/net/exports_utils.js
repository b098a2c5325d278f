// net: the address helpers are functions with Node's names and lengths.
const net = require('net');
for (const k of ['isIP', 'isIPv4', 'isIPv6', 'getDefaultAutoSelectFamily', 'setDefaultAutoSelectFamily']) {
  console.log(k, typeof net[k], net[k].length);
}
console.log(typeof net.BlockList, typeof net.SocketAddress);
