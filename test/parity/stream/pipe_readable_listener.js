// pipe() on a stream that already has a 'readable' listener: it stays paused (readable wins)
// until the listener is removed.
const { Readable, PassThrough } = require('stream');
const r = new Readable({ read() {} });
const log = [];
r.on('readable', function onReadable() { log.push('readable'); });
const dst = new PassThrough();
dst.on('data', (d) => log.push('dst data ' + d));
r.pipe(dst);
r.push('a');
setImmediate(() => {
  log.push('flowing ' + r.readableFlowing + ' len ' + r.readableLength);
  r.removeAllListeners('readable');
  setImmediate(() => {
    log.push('after removal flowing ' + r.readableFlowing);
    r.push('b');
    setImmediate(() => console.log(log.join('\n')));
  });
});
