// end(chunk, encoding, cb), end() twice, end(cb) after finish, end after destroy, write(cb) and
// end callbacks ordering.
const { Writable } = require('stream');
const log = [];
const w = new Writable({ write(c, e, cb) { log.push('write ' + c.toString() + ' ' + e); cb(); } });
w.end('6869', 'hex', (err) => log.push('end1 cb ' + err));
w.end((err) => log.push('end2 cb ' + (err && err.code)));
w.on('finish', () => {
  log.push('finish');
  w.end((err) => log.push('end3 cb ' + (err && err.code)));
});
w.on('error', (e) => log.push('error ' + e.code));
const d = new Writable({ write(c, e, cb) { cb(); } });
d.on('error', (e) => log.push('d error ' + e.code));
d.destroy();
d.end((err) => log.push('d end cb ' + (err && err.code)));
const e = new Writable({ write(c, e2, cb) { cb(); } });
e.on('error', (er) => log.push('e error ' + er.code));
e.end();
e.end('more', (err) => log.push('e end-with-chunk cb ' + (err && err.code)));
setTimeout(() => console.log(log.join('\n')), 10);
