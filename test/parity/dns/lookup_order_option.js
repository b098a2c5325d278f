// dns.lookup with order/verbatim options for a name with one IPv4 address.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const dns = require('dns');
dns.lookup('localhost', { all: true, order: 'ipv6first' }, (e, l) => {
  console.log('ipv6first', e, JSON.stringify(l));
  dns.lookup('localhost', { all: true, verbatim: false }, (e, l) => {
    console.log('verbatim false', e, JSON.stringify(l));
    dns.lookup('localhost', { family: 'IPv4' }, (e, a, f) => console.log('family IPv4', e, a, f));
  });
});
