// dns: Resolver against a local server: A (with ttl), AAAA, MX, TXT, NS, SOA, SRV, PTR, CNAME, NAPTR, CAA.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 8000).unref();
const dns = require('dns');
require('./_server').start((port, close) => {
  const r = new dns.Resolver({ timeout: 1000, tries: 1 });
  r.setServers([`127.0.0.1:${port}`]);
  const jobs = [
    ['resolve4', 'example.test'], ['resolve6', 'example.test'], ['resolveMx', 'example.test'],
    ['resolveTxt', 'example.test'], ['resolveNs', 'example.test'], ['resolveSoa', 'example.test'],
    ['resolveSrv', '_sip._tcp.example.test'], ['resolvePtr', '1.2.0.192.in-addr.arpa'],
    ['resolveCname', 'www.example.test'], ['resolveNaptr', 'naptr.example.test'], ['resolveCaa', 'example.test'],
    ['reverse', '192.0.2.1'],
  ];
  let i = 0;
  const next = () => {
    if (i === jobs.length) {
      r.resolve4('example.test', { ttl: true }, (err, res) => {
        console.log('resolve4 ttl', err, JSON.stringify(res));
        close();
      });
      return;
    }
    const [m, n] = jobs[i++];
    r[m](n, (err, res) => { console.log(m, err && err.code, JSON.stringify(res)); next(); });
  };
  next();
});
