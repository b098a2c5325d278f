// dns.promises.Resolver against a local server, including resolve(name, rrtype) and rejections.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 8000).unref();
const { Resolver } = require('dns').promises;
require('./_server').start(async (port, close) => {
  const r = new Resolver({ timeout: 1000, tries: 1 });
  r.setServers([`127.0.0.1:${port}`]);
  console.log(r.getServers().map((s) => s.replace(String(port), 'PORT')));
  console.log(await r.resolve('example.test'));
  console.log(await r.resolve('example.test', 'MX'));
  console.log(await r.resolve6('example.test', { ttl: true }));
  try { await r.resolve4('missing.example.test'); } catch (e) { console.log(e.code, e.message); }
  try { r.resolve('example.test', 'BOGUS'); } catch (e) { console.log(e.code, e.message); }
  close();
});
