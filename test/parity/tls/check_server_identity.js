// parity-timeout: 30s
// tls.checkServerIdentity without a connection: DNS names, wildcards, IP addresses, CN fallback,
// trailing dots, case, and the error's message and fields.
const tls = require('tls');
const cases = [
  ['a.com', { subjectaltname: 'DNS:a.com' }],
  ['A.COM.', { subjectaltname: 'DNS:a.com' }],
  ['b.com', { subjectaltname: 'DNS:a.com, DNS:c.com' }],
  ['x.a.com', { subjectaltname: 'DNS:*.a.com' }],
  ['a.com', { subjectaltname: 'DNS:*.a.com' }],
  ['x.y.a.com', { subjectaltname: 'DNS:*.a.com' }],
  ['foo.com', { subjectaltname: 'DNS:*.com' }],
  ['bar-baz.a.com', { subjectaltname: 'DNS:bar*.a.com' }],
  ['xn--x.a.com', { subjectaltname: 'DNS:xn--*.a.com' }],
  ['127.0.0.1', { subjectaltname: 'IP Address:127.0.0.1' }],
  ['::1', { subjectaltname: 'IP Address:0:0:0:0:0:0:0:1' }],
  ['127.0.0.2', { subjectaltname: 'IP Address:127.0.0.1, DNS:a.com' }],
  ['127.0.0.1', { subjectaltname: 'DNS:127.0.0.1' }],
  ['a.com', { subject: { CN: 'a.com' } }],
  ['b.com', { subject: { CN: 'a.com' } }],
  ['b.com', { subject: { CN: ['a.com', 'b.com'] } }],
  ['a.com', { subject: { CN: 'a.com' }, subjectaltname: 'DNS:b.com' }],
  ['a.com', { subject: {} }],
  ['a.com', { subjectaltname: 'URI:http://a.com/' }],
  ['a.com', { subjectaltname: 'DNS:"a.com", DNS:b.com' }],
];
for (const [host, cert] of cases) {
  const r = tls.checkServerIdentity(host, cert);
  if (r === undefined) console.log(host, JSON.stringify(cert), 'ok');
  else console.log(host, JSON.stringify(cert), r.name, r.code, r.message, '|', r.reason, '|', r.host, r.cert === cert);
}
