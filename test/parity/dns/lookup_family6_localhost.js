// dns.lookup(localhost, 6) when /etc/hosts has no IPv6 entry for it.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const dns = require('dns');
dns.lookup('vm', 6, (e, a, f) => console.log(e && e.code, e && e.message, a, f));
