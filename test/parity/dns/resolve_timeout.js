// dns: a server that never answers gives ETIMEOUT after the configured timeout and tries.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 8000).unref();
const dns = require('dns');
const dgram = require('dgram');
const silent = dgram.createSocket('udp4');
silent.bind(0, '127.0.0.1', () => {
  const r = new dns.Resolver({ timeout: 100, tries: 1 });
  r.setServers([`127.0.0.1:${silent.address().port}`]);
  r.resolve4('example.test', (err) => {
    console.log(err.code, err.syscall, err.message);
    silent.close();
  });
});
