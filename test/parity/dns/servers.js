// dns.setServers/getServers formats and validation.
const dns = require('dns');
const r = new dns.Resolver();
r.setServers(['127.0.0.1', '127.0.0.2:5353', '[::1]:53', '::2', '[::3]:1053']);
console.log(r.getServers());
for (const bad of [['not an ip'], [5], 'x', ['1.2.3.4:99999']]) {
  try { r.setServers(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(r.getServers().length);
dns.setServers(['127.0.0.9']);
console.log(dns.getServers(), dns.promises.getServers());
