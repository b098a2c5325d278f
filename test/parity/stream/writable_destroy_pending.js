// destroy() with buffered writes and a pending end(): every callback gets an error, in order,
// then 'close'; destroy(err) emits 'error' before 'close'; autoDestroy false / emitClose false.
const { Writable } = require('stream');
const log = [];
const w = new Writable({ write(c, e, cb) { log.push('_write ' + c); setTimeout(cb, 5); } });
w.write('a', (err) => log.push('cb a ' + (err && err.code)));
w.write('b', (err) => log.push('cb b ' + (err && err.code)));
w.write('c', (err) => log.push('cb c ' + (err && err.code)));
w.end((err) => log.push('end cb ' + (err && err.code)));
w.on('error', (e) => log.push('error ' + e.message));
w.on('close', () => log.push('close'));
w.on('finish', () => log.push('finish'));
w.destroy(new Error('stop'));
log.push('destroyed ' + w.destroyed + ' writable ' + w.writable + ' errored ' + (w.errored && w.errored.message));
setTimeout(() => {
  console.log(log.join('\n'));
  const w2 = new Writable({ autoDestroy: false, write(c, e, cb) { cb(new Error('bad write')); } });
  const l2 = [];
  w2.on('error', (e) => l2.push('error ' + e.message));
  w2.on('close', () => l2.push('close'));
  w2.write('x', (err) => l2.push('cb ' + err.message));
  const w3 = new Writable({ emitClose: false, write(c, e, cb) { cb(); } });
  w3.on('close', () => l2.push('w3 close?'));
  w3.on('finish', () => l2.push('w3 finish'));
  w3.end();
  setTimeout(() => console.log(l2.join('\n'), '|', w2.destroyed, w3.destroyed, w3.closed), 10);
}, 20);
