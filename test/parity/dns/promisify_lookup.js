// util.promisify(dns.lookup) resolves to { address, family } (custom promisify args).
setTimeout(() => { console.log("timeout"); process.exit(1); }, 8000).unref();
const util = require('util');
const dns = require('dns');
// one after the other: two lookups in flight finish in either order
util.promisify(dns.lookup)('localhost', 4).then((r) => {
  console.log(r);
  return util.promisify(dns.lookupService)('127.0.0.1', 22);
}).then((r) => console.log(r));
