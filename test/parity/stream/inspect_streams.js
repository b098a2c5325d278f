// util.inspect of streams: Readable, Writable, Duplex/Transform, and their states after
// some activity (buffered data, flowing, ended, errored, object mode).
const { Readable, Writable, PassThrough, Duplex } = require('stream');
const util = require('util');
const r = new Readable({ read() {} });
console.log(util.inspect(r, { depth: 4 }));
r.push('abc');
r.pause();
console.log(util.inspect(r._readableState));
const w = new Writable({ write(c, e, cb) { setImmediate(cb); } });
w.write('x');
w.write('y');
console.log(util.inspect(w._writableState));
const p = new PassThrough({ objectMode: true });
console.log(p);
const d = new Duplex({ readable: false, read() {}, write(c, e, cb) { cb(); } });
console.log(util.inspect(d._readableState), util.inspect(d._writableState));
const e = new Readable({ read() {}, encoding: 'hex' });
const err = new Error('x');
err.stack = 'Error: x (stack not printed)';
e.destroy(err);
e.on('error', () => {});
setImmediate(() => console.log(util.inspect(e._readableState)));
