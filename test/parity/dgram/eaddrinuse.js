// dgram: binding a port in use emits 'error' EADDRINUSE with Node's message fields.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const dgram = require('dgram');
const a = dgram.createSocket('udp4');
a.bind(0, '127.0.0.1', () => {
  const port = a.address().port;
  const b = dgram.createSocket('udp4');
  b.on('error', (e) => {
    console.log(e.code, e.syscall, e.address, e.port === port, e.message.replace(String(port), 'PORT'));
    b.close();
    a.close();
  });
  b.bind(port, '127.0.0.1', () => console.log('unexpected listening'));
});
