// dns.lookup of localhost and names in /etc/hosts: single, all, family 4.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 8000).unref();
const dns = require('dns');
dns.lookup('localhost', (err, address, family) => {
  console.log('lookup', err, address, family);
  dns.lookup('localhost', { all: true, family: 4 }, (err, list) => {
    console.log('all', err, JSON.stringify(list));
    dns.lookup('localhost', 4, (err, address, family) => console.log('family 4', err, address, family));
  });
});
