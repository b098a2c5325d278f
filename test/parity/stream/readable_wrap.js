// Readable.prototype.wrap over an old-style stream, and Readable.wrap: data, pause on
// backpressure, end, error forwarding.
const { Readable } = require('stream');
const EE = require('events');
const old = new EE();
let pauses = 0;
let resumes = 0;
old.pause = () => pauses++;
old.resume = () => resumes++;
old.readable = true;
const r = new Readable({ highWaterMark: 2 }).wrap(old);
const got = [];
r.on('data', (d) => got.push(String(d)));
r.on('end', () => {
  console.log('wrapped', got.join(','), 'pauses', pauses, 'resumes>0', resumes > 0);
  const old2 = new EE();
  const r2 = Readable.wrap(old2, {});
  r2.on('error', (e) => console.log('error forwarded', e.message, r2.destroyed));
  r2.on('close', () => console.log('closed'));
  old2.emit('error', new Error('legacy failure'));
});
setImmediate(() => {
  old.emit('data', Buffer.from('aa'));
  old.emit('data', Buffer.from('bb'));
  old.emit('data', Buffer.from('cc'));
  setImmediate(() => old.emit('end'));
});
