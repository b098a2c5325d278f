// Transform with transform/flush, callback forms (cb(null, data), push + cb), and event order.
const { Transform, PassThrough } = require('stream');
const log = [];
const t = new Transform({
  transform(chunk, enc, cb) {
    log.push('transform ' + chunk);
    if (String(chunk) === 'b') { this.push('B1'); this.push('B2'); cb(); } else cb(null, String(chunk).toUpperCase());
  },
  flush(cb) {
    log.push('flush');
    cb(null, 'END');
  },
});
for (const ev of ['prefinish', 'finish', 'end', 'close']) t.on(ev, () => log.push(ev));
t.on('data', (d) => log.push('data ' + d));
t.write('a');
t.write('b');
t.end('c');
t.on('close', () => {
  console.log(log.join('\n'));
  const p = new PassThrough();
  const got = [];
  p.on('data', (d) => got.push(String(d)));
  p.on('end', () => console.log('passthrough', got.join('|')));
  p.write('x');
  p.end('y');
});
