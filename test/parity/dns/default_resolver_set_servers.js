// dns.setServers switches the module-level resolve functions to the new servers.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const dns = require('dns');
require('./_server').start((port, close) => {
  dns.setServers([`127.0.0.1:${port}`]);
  dns.resolve4('example.test', (err, res) => {
    console.log(err, res);
    dns.promises.resolveMx('example.test').then((mx) => { console.log(mx); close(); });
  });
});
