// Readable in flowing mode: order of 'data', 'end', 'close' and microtasks/ticks around them.
const { Readable } = require('stream');
const log = [];
const r = new Readable({
  read() {
    log.push('_read');
  },
});
['data', 'end', 'close', 'pause', 'resume', 'readable', 'error'].forEach((ev) => {
  if (ev === 'readable') return;
  r.on(ev, (x) => log.push(ev + (x !== undefined ? ':' + x : '')));
});
log.push('push a ' + r.push('a'));
log.push('push b ' + r.push('b'));
process.nextTick(() => log.push('tick1'));
Promise.resolve().then(() => log.push('micro1'));
setTimeout(() => {
  log.push('push c ' + r.push('c'));
  log.push('push null ' + r.push(null));
  setTimeout(() => {
    console.log(log.join('\n'));
    console.log(r.readableEnded, r.destroyed, r.closed, r.readableFlowing, r.readableLength);
  }, 10);
}, 10);
