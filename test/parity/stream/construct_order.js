// _construct: reads and writes wait for the construct callback; a construct error destroys;
// destroy() during construction waits for it.
const { Readable, Writable, Duplex } = require('stream');
const log = [];
const r = new Readable({
  construct(cb) { log.push('r construct'); setImmediate(() => setImmediate(() => { log.push('r constructed'); cb(); })); },
  read() { log.push('r _read'); this.push('data'); this.push(null); },
});
r.on('data', (d) => log.push('r data ' + d));
r.on('close', () => log.push('r close'));
const w = new Writable({
  construct(cb) { log.push('w construct'); process.nextTick(cb); },
  write(c, e, cb) { log.push('w _write ' + c); cb(); },
  final(cb) { log.push('w _final'); cb(); },
});
w.write('one');
log.push('w.write returned, writableLength ' + w.writableLength);
w.end('two');
w.on('finish', () => log.push('w finish'));
const bad = new Writable({ construct(cb) { cb(new Error('cannot construct')); }, write(c, e, cb) { cb(); } });
bad.on('error', (e) => log.push('bad error ' + e.message));
bad.on('close', () => log.push('bad close'));
const d = new Duplex({
  construct(cb) { log.push('d construct'); setImmediate(cb); },
  destroy(err, cb) { log.push('d _destroy ' + err); cb(err); },
  read() {},
  write(c, e, cb) { cb(); },
});
d.on('close', () => log.push('d close'));
d.destroy();
log.push('d destroyed early ' + d.destroyed);
let pending = 4;
const done = () => { if (--pending === 0) setImmediate(() => console.log(log.join('\n'))); };
r.on('close', done);
w.on('finish', done);
bad.on('close', done);
d.on('close', done);
