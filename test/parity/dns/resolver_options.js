// dns.Resolver option validation (timeout, tries) and the error code constants.
const dns = require('dns');
for (const o of [{ timeout: -2 }, { timeout: 'x' }, { tries: 0 }, { tries: 1.5 }, { maxTimeout: -1 }]) {
  try { new dns.Resolver(o); console.log('ok'); } catch (e) { console.log(e.code, e.message); }
}
console.log(dns.NOTFOUND, dns.NODATA, dns.TIMEOUT, dns.CANCELLED, dns.SERVFAIL, dns.CONNREFUSED);
console.log(dns.ADDRCONFIG, dns.V4MAPPED, dns.ALL);
console.log(typeof dns.promises.Resolver, typeof dns.Resolver.prototype.resolveTxt);
