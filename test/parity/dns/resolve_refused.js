// dns: a closed server port: the query fails with ECONNREFUSED or ETIMEOUT as c-ares reports it.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const dns = require('dns');
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
s.bind(0, '127.0.0.1', () => {
  const port = s.address().port;
  s.close(() => {
    const r = new dns.Resolver({ timeout: 200, tries: 1 });
    r.setServers([`127.0.0.1:${port}`]);
    r.resolve4('example.test', (err) => console.log(err.code, err.syscall));
  });
});
