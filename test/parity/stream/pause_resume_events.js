// pause()/resume() emit 'pause'/'resume', isPaused(), readableFlowing transitions, and
// setting readableFlowing directly.
const { Readable } = require('stream');
const log = [];
const r = new Readable({ read() {} });
for (const ev of ['pause', 'resume']) r.on(ev, () => log.push(ev + ' flowing=' + r.readableFlowing));
log.push('initial ' + r.readableFlowing + ' ' + r.isPaused());
r.pause();
log.push('after pause ' + r.readableFlowing + ' ' + r.isPaused());
r.pause();
r.resume();
log.push('after resume ' + r.readableFlowing + ' ' + r.isPaused());
r.on('data', (d) => log.push('data ' + d));
r.push('x');
setImmediate(() => {
  r.readableFlowing = false;
  r.push('y');
  log.push('flowing set false, len ' + r.readableLength + ' paused ' + r.isPaused());
  setImmediate(() => {
    r.resume();
    setImmediate(() => console.log(log.join('\n')));
  });
});
