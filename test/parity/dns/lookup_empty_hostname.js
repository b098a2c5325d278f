// dns.lookup with an empty or null hostname answers null and warns once (DEP0118).
const dns = require('dns');
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
dns.lookup('', (err, a, f) => console.log('empty', err, a, f));
dns.lookup(null, { all: true }, (err, list) => console.log('null all', err, list));
dns.lookup(undefined, 6, (err, a, f) => console.log('undefined 6', err, a, f));
