// dgram: close(cb) runs the callback on 'close', in the next tick after close().
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
s.bind(0, '127.0.0.1', () => {
  s.close(() => console.log('close callback'));
  console.log('after close()');
  process.nextTick(() => console.log('nextTick after close'));
});
