// dgram: an unref'd bound socket lets the process exit; ref() keeps it.
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
s.bind(0, '127.0.0.1', () => {
  console.log('bound');
  s.unref();
  console.log('unref returns socket', s.unref() === s);
});
process.on('exit', () => console.log('exit'));
