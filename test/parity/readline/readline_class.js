// readline/promises Readline: queued actions are written by commit(), dropped by rollback(),
// written at once with autoCommit; argument checks.
const { Readline } = require('readline/promises');
const { Writable } = require('stream');
const writes = [];
const out = new Writable({ write(c, e, cb) { writes.push(String(c)); cb(); } });
(async () => {
  const r = new Readline(out);
  console.log(r.cursorTo(1) === r, r.cursorTo(2, 3) === r);
  r.moveCursor(-1, 2).moveCursor(3, -4).moveCursor(0, 0).clearLine(-1).clearLine(0).clearLine(1).clearScreenDown();
  console.log('queued, written so far', writes.length);
  await r.commit();
  console.log(JSON.stringify(writes));
  writes.length = 0;
  r.cursorTo(5).rollback();
  await r.commit();
  console.log('after rollback', JSON.stringify(writes));
  const auto = new Readline(out, { autoCommit: true });
  auto.cursorTo(0, 0);
  console.log('autoCommit', JSON.stringify(writes));
  for (const f of [() => new Readline({}), () => new Readline(out, { autoCommit: 1 }), () => r.cursorTo('x'),
    () => r.cursorTo(1, 'y'), () => r.moveCursor('a', 1), () => r.clearLine(2), () => r.clearLine('x')]) {
    try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
  }
})();
