// pipeline(): callback after the last stream finishes; error in the middle destroys all stages.
const { pipeline, Readable, Transform, Writable, PassThrough } = require('stream');
function make(tag, log, failAt) {
  return new Transform({
    transform(c, e, cb) {
      if (failAt && String(c) === failAt) return cb(new Error(tag + ' failed'));
      cb(null, c);
    },
  });
}
const log = [];
const src = Readable.from(['a', 'b', 'c']);
const out = [];
const sink = new Writable({ write(c, e, cb) { out.push(String(c)); cb(); } });
pipeline(src, make('t1', log), sink, (err) => {
  console.log('done', err, out.join(''));
  const src2 = Readable.from(['a', 'b', 'c']);
  const t = make('t2', log, 'b');
  const pt = new PassThrough();
  const ev = [];
  for (const [name, s] of [['src', src2], ['t', t], ['pt', pt]]) {
    s.on('close', () => ev.push(name + ' close'));
    s.on('error', (e) => ev.push(name + ' error ' + e.message));
  }
  pipeline(src2, t, pt, (err) => {
    ev.push('callback ' + (err && err.message));
    setTimeout(() => {
      console.log(ev.join('\n'));
      console.log(src2.destroyed, t.destroyed, pt.destroyed);
    }, 5);
  });
});
