// dns and dns/promises export lists.
const dns = require('dns');
console.log(Object.keys(dns).sort().join());
console.log(Object.keys(require('dns/promises')).sort().join());
