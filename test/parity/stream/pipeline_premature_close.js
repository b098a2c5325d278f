// pipeline when the destination is destroyed early (premature close), when the source ends
// before the pipe is set up, and when a middle stream is already destroyed.
const { pipeline, Readable, Writable, PassThrough } = require('stream');
const w = new Writable({ write(c, e, cb) { setImmediate(cb); } });
const r = new Readable({ read() {} });
r.push('a');
pipeline(r, w, (err) => {
  console.log('dest destroyed:', err && err.code, r.destroyed);
  const ended = Readable.from([]);
  ended.resume();
  ended.on('end', () => {
    pipeline(ended, new PassThrough(), (err2) => {
      console.log('ended source:', err2 && err2.code);
      const dead = new PassThrough();
      dead.destroy();
      try {
        pipeline(Readable.from(['x']), dead, new PassThrough(), (err3) => console.log('dead middle:', err3 && err3.code));
      } catch (e) { console.log('threw', e.code, e.message); }
    });
  });
});
setImmediate(() => w.destroy());
