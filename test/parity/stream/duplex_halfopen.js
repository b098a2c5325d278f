// Duplex: allowHalfOpen false ends the writable side when the readable ends; readable/writable
// options; instanceof; event order to close.
const { Duplex, Writable, Readable, Transform } = require('stream');
const log = [];
const d = new Duplex({
  allowHalfOpen: false,
  read() {},
  write(c, e, cb) { log.push('write ' + c); cb(); },
  final(cb) { log.push('final'); cb(); },
});
for (const ev of ['end', 'finish', 'prefinish', 'close']) d.on(ev, () => log.push(ev));
d.on('data', (c) => log.push('data ' + c));
d.write('w1');
d.push('r1');
d.push(null);
d.on('close', () => {
  console.log(log.join('\n'));
  console.log(d instanceof Writable, d instanceof Readable, new Transform() instanceof Writable, new Writable() instanceof Duplex);
  const ro = new Duplex({ writable: false, read() {} });
  console.log('ro', ro.writable, ro.readable, ro.writableEnded, ro.writableFinished);
  const wo = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
  console.log('wo', wo.writable, wo.readable, wo.readableEnded);
  const def = new Duplex();
  console.log('defaults', def.allowHalfOpen, def.readableHighWaterMark, def.writableHighWaterMark);
  const om = new Duplex({ readableObjectMode: true, writableHighWaterMark: 3 });
  console.log('modes', om.readableObjectMode, om.writableObjectMode, om.readableHighWaterMark, om.writableHighWaterMark);
});
