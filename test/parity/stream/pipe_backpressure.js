// pipe(): backpressure pauses the source, 'drain' resumes it; 'pipe'/'unpipe' events; counts.
const { Readable, Writable } = require('stream');
let n = 0;
const r = new Readable({
  highWaterMark: 4,
  read() {
    n++;
    if (n > 20) this.push(null);
    else this.push('x' + n);
  },
});
let writes = 0;
let drains = 0;
let falses = 0;
const w = new Writable({
  highWaterMark: 6,
  write(chunk, enc, cb) {
    writes++;
    setImmediate(cb);
  },
});
const origWrite = w.write;
w.write = function(...args) {
  const ret = origWrite.apply(this, args);
  if (!ret) falses++;
  return ret;
};
w.on('drain', () => drains++);
w.on('pipe', (src) => console.log('pipe event', src === r));
w.on('unpipe', (src) => console.log('unpipe event', src === r));
w.on('finish', () => console.log('finish writes', writes, 'falses', falses, 'drains', drains));
r.on('end', () => console.log('end'));
w.on('close', () => console.log('close'));
r.pipe(w);
