// socket.setTypeOfService/getTypeOfService (IP_TOS): remembered before connecting, applied to a
// connected socket over IPv4, validated as Node validates it; BlockList.prototype.size counts rules.
const net = require('net');
const bl = new net.BlockList();
console.log('size', bl.size);
bl.addAddress('1.2.3.4');
bl.addRange('10.0.0.1', '10.0.0.9');
bl.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6');
console.log('size', bl.size, typeof Object.getOwnPropertyDescriptor(net.BlockList.prototype, 'size').get);
bl.removeAddress('1.2.3.4');
console.log('size', bl.size);
const s = new net.Socket();
console.log('unconnected', s.getTypeOfService());
console.log('chained', s.setTypeOfService(0x10) === s, s.getTypeOfService());
for (const v of [-1, 256, 'x', 1.5]) {
  try { s.setTypeOfService(v); console.log('accepted', v); } catch (e) { console.log(v, e.code, e.message); }
}
console.log('lengths', net.Socket.prototype.setTypeOfService.length, net.Socket.prototype.getTypeOfService.length);
const srv = net.createServer((x) => x.end());
srv.listen(0, '127.0.0.1', () => {
  const c = net.connect(srv.address().port, '127.0.0.1', () => {
    console.log('connected', c.getTypeOfService());
    console.log('set', c.setTypeOfService(0x28) === c, c.getTypeOfService());
    c.destroy();
    srv.close();
  });
});
