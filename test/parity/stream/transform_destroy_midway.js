// Destroying a Transform in the middle of a transform callback: the pending callback is
// ignored, buffered writes fail, 'close' once; destroy with error during flush.
const { Transform } = require('stream');
const log = [];
const t = new Transform({
  transform(c, e, cb) { log.push('transform ' + c); setImmediate(() => { this.destroy(); cb(null, c); }); },
});
t.write('a', (err) => log.push('cb a ' + (err && err.code)));
t.write('b', (err) => log.push('cb b ' + (err && err.code)));
t.on('data', (d) => log.push('data ' + d));
t.on('close', () => {
  log.push('close');
  const u = new Transform({ transform(c, e, cb) { cb(null, c); }, flush(cb) { this.destroy(new Error('flush destroyed')); cb(); } });
  u.on('error', (e) => log.push('u error ' + e.message));
  u.on('close', () => { log.push('u close'); console.log(log.join('\n')); });
  u.resume();
  u.end('z');
});
