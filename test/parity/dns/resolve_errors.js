// dns: resolve errors from a local server: NXDOMAIN is ENOTFOUND, no records ENODATA, SERVFAIL ESERVFAIL.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 8000).unref();
const dns = require('dns');
require('./_server').start((port, close) => {
  const r = new dns.Resolver({ timeout: 1000, tries: 1 });
  r.setServers([`127.0.0.1:${port}`]);
  const cases = [['resolve4', 'missing.example.test'], ['resolve4', 'empty.example.test'],
    ['resolveMx', 'servfail.example.test']];
  let i = 0;
  const next = () => {
    if (i === cases.length) return close();
    const [m, n] = cases[i++];
    r[m](n, (err) => {
      console.log(m, err.code, err.errno, err.syscall, err.hostname, err.message);
      next();
    });
  };
  next();
});
