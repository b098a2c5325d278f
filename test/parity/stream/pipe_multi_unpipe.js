// One source piped to two destinations with different speeds; unpipe of one; unpipe() of all;
// pipe to process.stdout does not end it.
const { Readable, Writable, PassThrough } = require('stream');
const log = [];
let n = 0;
const src = new Readable({ read() { n++; this.push(n <= 6 ? 'd' + n : null); } });
function sink(name, delay, hwm) {
  const got = [];
  const w = new Writable({ highWaterMark: hwm, write(c, e, cb) { got.push(String(c)); if (delay) setImmediate(cb); else cb(); } });
  w.on('unpipe', () => log.push(name + ' unpipe'));
  w.on('pipe', () => log.push(name + ' pipe'));
  w.on('finish', () => log.push(name + ' finish ' + got.join(',')));
  return w;
}
const fast = sink('fast', 0, 2);
const slow = sink('slow', 3, 2);
src.pipe(fast);
src.pipe(slow);
src.on('end', () => log.push('src end'));
src.on('close', () => {
  log.push('src close');
  const p = new PassThrough();
  const a = new PassThrough();
  const b = new PassThrough();
  a.on('unpipe', () => log.push('a unpipe'));
  b.on('unpipe', () => log.push('b unpipe'));
  p.pipe(a); p.pipe(b);
  log.push('pipes before ' + p._readableState.pipes.length);
  p.unpipe(a);
  log.push('pipes after one ' + p._readableState.pipes.length + ' flowing ' + p.readableFlowing);
  p.unpipe();
  log.push('pipes after all ' + p._readableState.pipes.length + ' flowing ' + p.readableFlowing);
  const out = Readable.from(['to stdout\n']);
  out.pipe(process.stdout);
  out.on('end', () => setImmediate(() => {
    console.log(log.join('\n'));
    console.log('stdout writable', process.stdout.writable);
  }));
});
