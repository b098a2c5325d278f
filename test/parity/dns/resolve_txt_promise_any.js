// dns.promises resolveTxt, resolveSrv, reverse against the local server.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const dns = require('dns');
require('./_server').start(async (port, close) => {
  const r = new dns.promises.Resolver({ timeout: 1000, tries: 1 });
  r.setServers([`127.0.0.1:${port}`]);
  console.log(await r.resolveTxt('example.test'));
  console.log(await r.resolveSrv('_sip._tcp.example.test'));
  console.log(await r.reverse('192.0.2.1'));
  try { await r.resolveCname('missing.example.test'); } catch (e) { console.log(e.code, e.syscall); }
  close();
});
