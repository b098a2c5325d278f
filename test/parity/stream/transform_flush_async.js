// Transform with an async flush that pushes several chunks, and the order of 'finish' and
// 'end' relative to the flushed data.
const { Transform } = require('stream');
const log = [];
const t = new Transform({
  transform(c, e, cb) { setImmediate(() => cb(null, c)); },
  flush(cb) {
    log.push('flush start');
    setImmediate(() => { this.push('f1'); setImmediate(() => { this.push('f2'); cb(); }); });
  },
});
t.on('data', (d) => log.push('data ' + d));
for (const ev of ['prefinish', 'finish', 'end', 'close']) t.on(ev, () => log.push(ev));
t.write('w1');
t.end('w2');
t.on('close', () => console.log(log.join('\n')));
