// A Transform that pushes several chunks per input and one that pushes none; readable side
// backpressure with a slow consumer; objectMode output from byte input.
const { Transform, Writable, pipeline } = require('stream');
const split = new Transform({
  readableObjectMode: true,
  transform(c, e, cb) { for (const w of String(c).split(' ')) if (w) this.push(w); cb(); },
});
const drop = new Transform({ objectMode: true, transform(w, e, cb) { cb(null, w.length > 2 ? w : undefined); } });
const seen = [];
pipeline(split, drop, new Writable({ objectMode: true, write(w, e, cb) { seen.push(w); setImmediate(cb); } }), (err) => {
  console.log(err, seen.join(','));
});
split.write('the quick brown fox ');
split.end('jumps over a lazy dog');
