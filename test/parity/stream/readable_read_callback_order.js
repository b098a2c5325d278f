// Order of _read calls relative to 'data' and ticks in flowing mode with synchronous pushes
// and highWaterMark 2 (how far the stream reads ahead).
const { Readable } = require('stream');
const log = [];
let n = 0;
const r = new Readable({
  highWaterMark: 2,
  objectMode: true,
  read() { n++; log.push('_read ' + n); if (n <= 5) this.push(n); else this.push(null); },
});
r.on('data', (d) => { log.push('data ' + d); process.nextTick(() => log.push('tick after ' + d)); });
r.on('end', () => { log.push('end'); console.log(log.join('\n')); });
