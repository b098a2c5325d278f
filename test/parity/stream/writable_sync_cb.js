// Synchronous _write callbacks: the user callbacks are deferred and batched; finish/close order.
const { Writable } = require('stream');
const log = [];
const w = new Writable({
  write(chunk, enc, cb) {
    log.push('_write ' + chunk);
    cb();
  },
  final(cb) {
    log.push('_final');
    cb();
  },
});
for (const ev of ['prefinish', 'finish', 'close', 'drain']) w.on(ev, () => log.push(ev));
w.write('a', (err) => log.push('cb a ' + err));
w.write('b', (err) => log.push('cb b ' + err));
log.push('sync');
process.nextTick(() => log.push('tick'));
w.end('c', () => log.push('end cb'));
log.push('after end');
setTimeout(() => console.log(log.join('\n')), 5);
