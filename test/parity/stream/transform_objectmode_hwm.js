// Transform backpressure: readable buffer full holds the write callback until read; object
// mode sides; readableHighWaterMark 0 disables writable buffering.
const { Transform } = require('stream');
const log = [];
const t = new Transform({
  readableObjectMode: true,
  readableHighWaterMark: 1,
  transform(c, e, cb) { log.push('transform ' + c); cb(null, { v: String(c) }); },
});
log.push('w1 ' + t.write('a', () => log.push('cb a')));
log.push('w2 ' + t.write('b', () => log.push('cb b')));
log.push('w3 ' + t.write('c', () => log.push('cb c')));
setImmediate(() => {
  log.push('readableLength ' + t.readableLength + ' writableLength ' + t.writableLength);
  log.push('read ' + JSON.stringify(t.read()));
  setImmediate(() => {
    log.push('read ' + JSON.stringify(t.read()));
    const z = new Transform({ readableHighWaterMark: 0, transform(c, e, cb) { cb(null, c); } });
    log.push('hwm0 ' + z.readableHighWaterMark + ' ' + z.writableHighWaterMark + ' ' + z.write('x'));
    setImmediate(() => console.log(log.join('\n')));
  });
});
