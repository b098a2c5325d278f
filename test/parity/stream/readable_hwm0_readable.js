// 'readable' with highWaterMark 0, once('readable') cycles, read() returning null, and
// removing the 'readable' listener switching back to flowing with a 'data' listener.
const { Readable } = require('stream');
const log = [];
let i = 0;
const r = new Readable({
  highWaterMark: 0,
  read() {
    i++;
    log.push('_read ' + i);
    if (i <= 2) setImmediate(() => this.push('v' + i));
    else setImmediate(() => this.push(null));
  },
});
function onReadable() {
  const c = r.read();
  log.push('readable -> ' + c + ' flowing=' + r.readableFlowing);
}
r.on('readable', onReadable);
r.on('end', () => {
  log.push('end');
  const r2 = new Readable({ read() {} });
  r2.push('a');
  r2.on('readable', () => log.push('r2 readable'));
  r2.on('data', (d) => log.push('r2 data ' + d));
  log.push('r2 flowing ' + r2.readableFlowing + ' paused ' + r2.isPaused());
  setImmediate(() => {
    r2.removeAllListeners('readable');
    process.nextTick(() => {
      log.push('r2 after removal flowing ' + r2.readableFlowing);
      r2.push('b');
      setImmediate(() => console.log(log.join('\n')));
    });
  });
});
