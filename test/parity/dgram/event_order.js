// dgram: order of bind callback, listening, send callback, message and close.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const dgram = require('dgram');
const events = [];
const s = dgram.createSocket('udp4');
s.on('listening', () => events.push('listening'));
s.on('message', () => {
  events.push('message');
  s.close(() => events.push('close cb'));
});
s.on('close', () => {
  events.push('close');
  process.nextTick(() => console.log(events.join(', ')));
});
s.bind({ port: 0, address: '127.0.0.1' }, () => {
  events.push('bind cb');
  s.send('x', s.address().port, '127.0.0.1', () => events.push('send cb'));
});
events.push('sync end');
