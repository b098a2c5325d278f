// net.BlockList: addCIDR, removeAddress, removeSubnet, clear, toJSON and fromJSON.
const { BlockList } = require('net');
const b = new BlockList();
b.addCIDR('10.0.0.0/8');
console.log(b.rules, b.check('10.200.1.1'), b.check('11.0.0.1'));
b.removeSubnet('10.0.0.0', 8);
console.log(b.rules, b.check('10.200.1.1'));
b.addAddress('1.1.1.1');
b.removeAddress('1.1.1.1');
console.log(b.rules);
b.addAddress('2.2.2.2');
console.log(JSON.stringify(b));
const c = new BlockList();
c.fromJSON(['Address: IPv4 3.3.3.3', 'Subnet: IPv6 ::/0']);
console.log(c.check('3.3.3.3'), c.check('::5', 'ipv6'));
b.clear();
console.log(b.rules);
console.log(BlockList.PRIVATE_RANGES);
