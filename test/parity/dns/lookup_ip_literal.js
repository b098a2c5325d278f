// dns.lookup of IP literals answers without resolving, asynchronously.
const dns = require('dns');
const order = [];
dns.lookup('127.0.0.1', (err, a, f) => { order.push(`v4 ${a} ${f}`); });
dns.lookup('::1', { all: true }, (err, list) => { order.push(`all ${JSON.stringify(list)}`); });
dns.lookup('::1', 4, (err, a, f) => { order.push(`v6 with family 4 ${a} ${f}`); });
order.push('sync');
setTimeout(() => console.log(order.join('\n')), 10);
