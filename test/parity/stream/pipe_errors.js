// pipe(): destination error unpipes and is re-emitted when no one else listens; the source
// keeps running; writing into an ended destination; Writable.pipe is an error.
const { Readable, Writable, PassThrough } = require('stream');
const log = [];
const src = new Readable({ read() {} });
const dst = new Writable({ write(c, e, cb) { cb(new Error('dest write failed')); } });
dst.on('error', (e) => log.push('dst error ' + e.message));
dst.on('unpipe', () => log.push('dst unpipe'));
src.pipe(dst);
src.push('x');
setTimeout(() => {
  log.push('src flowing ' + src.readableFlowing + ' pipes ' + src._readableState.pipes.length + ' dst destroyed ' + dst.destroyed);
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (e) => log.push('pipe on writable: ' + e.code + ' ' + e.message));
  w.pipe(new PassThrough());
  const ended = new PassThrough();
  ended.end();
  ended.on('error', (e) => log.push('ended error ' + e.code));
  const s2 = new Readable({ read() {} });
  s2.pipe(ended);
  s2.push('late');
  setTimeout(() => console.log(log.join('\n')), 10);
}, 10);
