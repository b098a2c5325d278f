// A write error sets errored on both sides of a Duplex, writable becomes false, later writes
// fail with the same error, end() callback gets it.
const { Duplex, Writable } = require('stream');
const log = [];
const w = new Writable({ autoDestroy: false, write(c, e, cb) { cb(new Error('first failure')); } });
w.on('error', (e) => log.push('error ' + e.message));
w.write('a', (err) => {
  log.push('cb ' + err.message + ' writable ' + w.writable + ' errored ' + w.errored.message);
  w.write('b', (err2) => log.push('second write ' + (err2 && (err2.code || err2.message))));
  w.end((err3) => log.push('end cb ' + (err3 && err3.message)));
});
const d = new Duplex({ read() {}, write(c, e, cb) { cb(new Error('duplex write failed')); } });
d.on('error', () => {});
d.write('x', () => {
  log.push('duplex readable errored ' + (d._readableState.errored && d._readableState.errored.message));
});
setTimeout(() => console.log(log.join('\n')), 10);
