// One source into a fast and a slow destination: the source waits for the slowest
// (awaitDrainWriters), counted by how many chunks each got between drains.
const { Readable, Writable } = require('stream');
let n = 0;
const src = new Readable({ highWaterMark: 1, read() { n++; this.push(n <= 8 ? 'x' + n : null); } });
const events = [];
function dest(name, async) {
  return new Writable({
    highWaterMark: 1,
    write(c, e, cb) { events.push(name + ' ' + c); if (async) setImmediate(cb); else cb(); },
  });
}
const a = dest('fast', false);
const b = dest('slow', true);
b.on('drain', () => events.push('slow drain'));
src.pipe(a);
src.pipe(b);
b.on('finish', () => console.log(events.join('\n')));
