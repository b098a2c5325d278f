// dgram: a custom lookup function is used to resolve the bind address.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const dgram = require('dgram');
const s = dgram.createSocket({
  type: 'udp4',
  lookup(host, family, cb) {
    console.log('lookup', host, family);
    cb(null, '127.0.0.1', 4);
  },
});
s.bind(0, 'example.test', () => {
  console.log('bound to', s.address().address);
  s.close();
});
