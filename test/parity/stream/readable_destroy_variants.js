// Readable destroy variants: destroy() without error (no 'error', premature close for
// finished), destroy in _read, emitClose false, autoDestroy false with push after EOF error,
// destroy after end, errored flags.
const { Readable, finished } = require('stream');
const log = [];
const a = new Readable({ read() {} });
a.on('close', () => log.push('a close, errored=' + a.errored + ' aborted=' + a.readableAborted));
finished(a, (err) => log.push('a finished ' + (err && err.code)));
a.destroy();
const b = new Readable({ read() { this.destroy(new Error('in read')); } });
b.on('error', (e) => log.push('b error ' + e.message));
b.on('close', () => log.push('b close'));
b.resume();
const c = new Readable({ emitClose: false, read() {} });
c.on('close', () => log.push('c close?!'));
c.destroy();
const d = new Readable({ autoDestroy: false, read() {} });
d.on('error', (e) => log.push('d error ' + e.code + ' destroyed=' + d.destroyed));
d.push(null);
d.push('after');
const e = new Readable({ read() { this.push(null); } });
e.on('end', () => { log.push('e end'); e.destroy(); });
e.on('close', () => log.push('e close aborted=' + e.readableAborted));
e.resume();
setTimeout(() => console.log(log.join('\n')), 10);
