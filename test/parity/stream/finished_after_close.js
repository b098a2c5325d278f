// finished() attached after a stream has already closed, errored, or finished: the callback
// still runs (on the next tick) with the right error.
const { Readable, Writable, finished } = require('stream');
const log = [];
const a = new Readable({ read() {} });
a.destroy();
const b = new Writable({ write(c, e, cb) { cb(); } });
b.end();
const c = new Readable({ read() {} });
c.on('error', () => {});
c.destroy(new Error('c broke'));
setTimeout(() => {
  finished(a, (err) => log.push('a ' + (err && err.code)));
  finished(b, (err) => log.push('b ' + err));
  finished(c, (err) => log.push('c ' + (err && err.message)));
  log.push('sync');
  setImmediate(() => console.log(log.join('\n')));
}, 5);
