// isReadable, isWritable, isErrored, isDisturbed, isDestroyed over the life of streams.
const { Readable, Writable, PassThrough, isReadable, isWritable, isErrored, isDisturbed, isDestroyed } = require('stream');
const r = new Readable({ read() {} });
const show = (label, s) => console.log(label, isReadable(s), isWritable(s), isErrored(s), isDisturbed(s), isDestroyed(s));
show('fresh readable', r);
r.push('x');
r.read();
show('after read', r);
r.destroy(new Error('e'));
r.on('error', () => {});
show('destroyed w/ error', r);
const w = new Writable({ write(c, e, cb) { cb(); } });
show('fresh writable', w);
w.end();
show('ended writable', w);
const p = new PassThrough();
show('passthrough', p);
console.log(isReadable({}), isWritable(null), isErrored({}), isDisturbed(null), isDestroyed({}));
setImmediate(() => show('later readable', r));
