// Symbol.asyncDispose on streams (await using): destroys with an AbortError unless ended,
// and resolves when closed.
const { Readable, Writable } = require('stream');
(async () => {
  const r = new Readable({ read() {} });
  r.on('error', (e) => console.log('r error', e.name));
  await r[Symbol.asyncDispose]();
  console.log('r disposed', r.destroyed, r.errored && r.errored.name);
  const done = Readable.from(['x']);
  await done.toArray();
  await done[Symbol.asyncDispose]();
  console.log('ended disposed', done.destroyed, done.errored);
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (e) => console.log('w error', e.name));
  await w[Symbol.asyncDispose]();
  console.log('w disposed', w.destroyed);
})();
