// net.BlockList: an IPv6 rule matches an IPv4-mapped IPv6 check; IPv4 rule vs IPv6 address.
const { BlockList } = require('net');
const b = new BlockList();
b.addSubnet('::ffff:0:0', 96, 'ipv6');
console.log(b.check('1.2.3.4'), b.check('::ffff:1.2.3.4', 'ipv6'), b.check('::1', 'ipv6'));
const c = new BlockList();
c.addAddress('1.2.3.4');
console.log(c.check('::ffff:1.2.3.4', 'ipv6'), c.check('::ffff:1.2.3.5', 'ipv6'), c.check('garbage'));
