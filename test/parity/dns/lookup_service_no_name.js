// dns.lookupService asks for a name (getnameinfo with NI_NAMEREQD): an address without one is
// an ENOTFOUND error (EAI_AGAIN where the resolver times out), not the address echoed back;
// callback and promise forms, one after the other.
const dns = require('dns');
dns.lookupService('127.0.0.1', 22, (err, hostname, service) => {
  console.log('127.0.0.1', err, typeof hostname, hostname.length > 0, service);
  dns.lookupService('192.0.2.1', 22, (err2, h2, s2) => {
    console.log('192.0.2.1 callback', /^(ENOTFOUND|EAI_AGAIN)$/.test(err2.code), err2.syscall, err2.hostname, h2, s2);
    dns.promises.lookupService('192.0.2.1', 80).then(
      (r) => console.log('resolved', r),
      (e) => console.log('192.0.2.1 promise', /^(ENOTFOUND|EAI_AGAIN)$/.test(e.code), e.syscall, e.hostname));
  });
});
