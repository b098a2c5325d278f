// tls.checkServerIdentity with IP SAN entries that are not addresses (a range, garbage): they
// match nothing and print as empty entries in the error's reason, as in Node.
const tls = require('tls');
for (const [host, san] of [
  ['8.8.8.8', 'IP Address:8.8.8.0/24'],
  ['8.8.8.8', 'IP Address:8.8.8.0/24, IP Address:1.2.3.4'],
  ['::1', 'IP Address:nonsense, IP Address:0:0:0:0:0:0:0:1'],
  ['1.2.3.4', 'IP Address:1.2.3.4/32, DNS:example.com'],
]) {
  const err = tls.checkServerIdentity(host, { subject: { CN: host }, subjectaltname: san });
  console.log(JSON.stringify(host), JSON.stringify(san), err === undefined ? 'ok' : `${err.code} ${JSON.stringify(err.reason)} ${err.message}`);
}
