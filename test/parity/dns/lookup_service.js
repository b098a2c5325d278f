// dns.lookupService: host and service names of 127.0.0.1 ports, and its validation.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 8000).unref();
const dns = require('dns');
for (const t of [() => dns.lookupService('127.0.0.1', 22), () => dns.lookupService('bogus', 22, () => {}),
  () => dns.lookupService('127.0.0.1', 70000, () => {}), () => dns.lookupService(5, 22, () => {})]) {
  try { t(); } catch (e) { console.log(e.name, e.code, e.message); }
}
dns.lookupService('127.0.0.1', 22, (err, host, service) => {
  console.log(err, host, service);
  dns.lookupService('127.0.0.1', 80, (err, host, service) => {
    console.log(err, host, service);
    require('dns').promises.lookupService('127.0.0.1', 22).then((r) => console.log('promise', r));
  });
});
