// net.BlockList argument validation.
const { BlockList } = require('net');
const b = new BlockList();
const tries = [
  () => b.addAddress(1), () => b.addAddress('1.1.1.1', 1), () => b.addAddress('1.1.1.1', 'ipv5'),
  () => b.addRange('10.0.0.10', '10.0.0.1'), () => b.addSubnet('1.1.1.1', 33),
  () => b.addSubnet('::1', 129, 'ipv6'), () => b.addSubnet('1.1.1.1', 'x'), () => b.check(1),
  () => b.check('1.1.1.1', 'ipv7'), () => b.addCIDR('10.0.0.0'), () => b.addCIDR('10.0.0.0/x'),
];
for (const t of tries) {
  try { t(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
