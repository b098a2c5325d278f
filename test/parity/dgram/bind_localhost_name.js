// dgram: binding to "localhost" resolves it through dns.lookup (/etc/hosts).
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
s.bind(0, 'localhost', () => {
  console.log('bound to', s.address().address);
  s.close();
});
