// finished(): callback on end, finish, error, premature close; options readable/writable/error;
// cleanup function; called once.
const { finished, Readable, Writable, Duplex, PassThrough } = require('stream');
const log = [];
const r = new Readable({ read() {} });
finished(r, (err) => log.push('r done ' + (err && err.code)));
r.push('a'); r.push(null); r.resume();
const r2 = new Readable({ read() {} });
finished(r2, (err) => log.push('r2 ' + (err && err.code) + ' ' + (err && err.message)));
r2.destroy();
const w = new Writable({ write(c, e, cb) { cb(); } });
finished(w, (err) => log.push('w done ' + err));
w.end('x');
const d = new PassThrough();
finished(d, { readable: false }, (err) => log.push('d writable-only done ' + err));
d.end('y');
const e = new PassThrough();
finished(e, (err) => log.push('e ' + err.message));
e.destroy(new Error('E'));
const c = new Readable({ read() {} });
const cleanup = finished(c, () => log.push('never'));
cleanup();
c.destroy();
const x = new Readable({ read() {} });
x.on('error', () => {});
finished(x, { error: false }, (err) => log.push('x ' + (err && err.code)));
x.destroy(new Error('ignored?'));
try { finished({}, () => {}); } catch (er) { log.push(er.code + ' ' + er.message); }
setTimeout(() => console.log(log.join('\n')), 20);
