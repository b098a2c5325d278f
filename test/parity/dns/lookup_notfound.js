// dns.lookup of a name that does not exist: ENOTFOUND with Node's fields.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 8000).unref();
const dns = require('dns');
dns.lookup('nonexistent.invalid', (err, address, family) => {
  console.log(err.message, err.code, err.errno, err.syscall, err.hostname, address, family);
  console.log(Object.keys(err));
  dns.lookup('nonexistent.invalid', { all: true }, (err, list) => console.log('all', err.code, list));
});
