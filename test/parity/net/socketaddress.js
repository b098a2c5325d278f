// net.SocketAddress: defaults, fields, toJSON, inspect and parse.
const { SocketAddress } = require('net');
const a = new SocketAddress();
console.log(a.address, a.port, a.family, a.flowlabel);
const b = new SocketAddress({ address: '::1', port: 8080, family: 'IPv6', flowlabel: 5 });
console.log(b.toJSON(), JSON.stringify(b));
console.log(b);
console.log(new SocketAddress({ family: 'ipv6' }).address);
console.log(SocketAddress.isSocketAddress(a), SocketAddress.isSocketAddress({}));
console.log(SocketAddress.parse('1.2.3.4:80'), SocketAddress.parse('[::1]:443'), SocketAddress.parse('5.6.7.8'));
console.log(SocketAddress.parse('not an address:x'));
