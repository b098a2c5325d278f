// pipeline with an error injected at each stage (source, transform, sink): every event of
// every stream, in order, and the callback's error.
const { pipeline, Readable, Transform, Writable } = require('stream');
function trace(name, s, log) {
  for (const ev of ['error', 'close', 'end', 'finish', 'unpipe', 'pipe']) {
    s.on(ev, (x) => log.push(name + ' ' + ev + (ev === 'error' ? ' ' + x.message : '')));
  }
}
function scenario(failAt) {
  return new Promise((resolve) => {
    const log = [];
    let n = 0;
    const src = new Readable({
      read() {
        n++;
        if (failAt === 'src' && n === 2) return this.destroy(new Error('src failed'));
        if (n > 3) return this.push(null);
        this.push('c' + n);
      },
    });
    const mid = new Transform({
      transform(c, e, cb) {
        if (failAt === 'mid' && String(c) === 'c2') return cb(new Error('mid failed'));
        cb(null, c);
      },
    });
    const sink = new Writable({
      write(c, e, cb) {
        if (failAt === 'sink' && String(c) === 'c2') return cb(new Error('sink failed'));
        log.push('sink got ' + c);
        cb();
      },
    });
    trace('src', src, log);
    trace('mid', mid, log);
    trace('sink', sink, log);
    pipeline(src, mid, sink, (err) => {
      log.push('callback ' + (err ? err.message : 'ok'));
      setTimeout(() => {
        console.log('--- fail at ' + failAt);
        console.log(log.join('\n'));
        console.log('destroyed', src.destroyed, mid.destroyed, sink.destroyed);
        resolve();
      }, 10);
    });
  });
}
(async () => {
  for (const at of ['none', 'src', 'mid', 'sink']) await scenario(at);
})();
