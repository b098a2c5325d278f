// Transform errors: callback error, flush error, throwing transform, push after EOF, missing
// _transform; and the order of events for each.
const { Transform, Readable } = require('stream');
function run(name, opts, feed) {
  return new Promise((resolve) => {
    const log = [];
    const t = new Transform(opts);
    for (const ev of ['error', 'close', 'end', 'finish', 'prefinish']) {
      t.on(ev, (x) => log.push(ev + (ev === 'error' ? ' ' + x.code + ' ' + x.message : '')));
    }
    t.on('data', (d) => log.push('data ' + d));
    try { feed(t); } catch (e) { log.push('threw ' + e.code + ' ' + e.message); }
    setTimeout(() => { console.log(name + ': ' + log.join(' | ')); resolve(); }, 10);
  });
}
(async () => {
  await run('cb error', { transform(c, e, cb) { cb(new Error('bad chunk')); } }, (t) => t.write('x'));
  await run('flush error', { transform(c, e, cb) { cb(null, c); }, flush(cb) { cb(new Error('bad flush')); } }, (t) => t.end('y'));
  await run('throws', { transform() { throw new Error('thrown'); } }, (t) => t.write('z'));
  await run('no _transform', {}, (t) => t.write('w'));
  await run('push after eof', { transform(c, e, cb) { cb(null, c); }, flush(cb) { this.push(null); this.push('late'); cb(); } }, (t) => { t.resume(); t.end('q'); });
  await run('flush data', { transform(c, e, cb) { cb(); }, flush(cb) { cb(null, 'flushed'); } }, (t) => t.end('ignored'));
})();
