// dns.getDefaultResultOrder / setDefaultResultOrder and their validation.
const dns = require('dns');
console.log(dns.getDefaultResultOrder());
dns.setDefaultResultOrder('ipv4first');
console.log(dns.getDefaultResultOrder(), dns.promises.getDefaultResultOrder());
dns.promises.setDefaultResultOrder('ipv6first');
console.log(dns.getDefaultResultOrder());
try { dns.setDefaultResultOrder('fast'); } catch (e) { console.log(e.code, e.message); }
