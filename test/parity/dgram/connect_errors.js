// dgram: connect() to a name that does not resolve reports ENOTFOUND to the callback.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
s.connect(1234, 'nonexistent.invalid', (err) => {
  console.log(err.code, err.syscall, err.message);
  s.close();
});
