// net.isIP/isIPv4/isIPv6 over valid, invalid and odd inputs.
const net = require('net');
const inputs = ['127.0.0.1', '0.0.0.0', '255.255.255.255', '256.0.0.1', '01.2.3.4', '1.2.3', '1.2.3.4.5',
  '::', '::1', 'fe80::1%eth0', 'fe80::1%', '2001:db8::ff00:42:8329', '::ffff:192.0.2.1', '1:2:3:4:5:6:7:8',
  '1:2:3:4:5:6:7:8:9', ':::', 'localhost', '', ' 127.0.0.1', '127.0.0.1 ', 'fe80::1%en 0', '[::1]',
  '0x7f.1.1.1', '1::2::3', 'abcd::12345', undefined, null, 123, {}, { toString() { return '::2'; } }];
for (const i of inputs) {
  console.log(JSON.stringify(String(i)), net.isIP(i), net.isIPv4(i), net.isIPv6(i));
}
