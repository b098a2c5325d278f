// dns: resolveAny returns typed records.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 8000).unref();
const dns = require('dns');
require('./_server').start((port, close) => {
  const r = new dns.Resolver({ timeout: 1000, tries: 1 });
  r.setServers([`127.0.0.1:${port}`]);
  r.resolveAny('example.test', (err, res) => {
    console.log(err);
    for (const rec of res) console.log(JSON.stringify(rec));
    close();
  });
});
