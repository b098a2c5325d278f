// dgram: connect without a callback emits 'connect'; the socket is bound implicitly first.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
const events = [];
s.on('listening', () => events.push('listening'));
s.on('connect', () => {
  events.push('connect');
  console.log(events.join(' '), s.address().address);
  s.close();
});
s.connect(9, '127.0.0.1');
