// node:sqlite backup(): the promise of the page count, progress reports per step of rate pages, the copy readable, option validation, a missing source schema, a closed database.
const { DatabaseSync, backup } = require('node:sqlite');
const fs = require('fs'); const os = require('os'); const path = require('path');
const t = (f) => { try { console.log(f()); } catch (e) { console.log(`${e.name} [${e.code}]: ${e.message}`); } };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gnode-sqlite-'));
(async () => {
  try {
    const db = new DatabaseSync(':memory:');
    db.exec('create table t(x); insert into t values (1), (2), (3)');
    for (let i = 0; i < 200; i++) db.prepare('insert into t values (?)').run('x'.repeat(1000));
    const events = [];
    const p = backup(db, path.join(dir, 'b.db'), { rate: 10, progress: (info) => events.push(info) });
    console.log(p instanceof Promise, backup.length, backup.name);
    const pages = await p;
    console.log(pages, events.length > 1, events[0], Object.keys(events[0]));
    const copy = new DatabaseSync(path.join(dir, 'b.db'));
    console.log(copy.prepare('select count(*) as n from t').get());
    copy.close();
    await backup(db, path.join(dir, 'c.db')).then((n) => console.log('default', n));
    for (const bad of [() => backup(1, 'x'), () => backup(db), () => backup(db, 'x', 1), () => backup(db, 'x', { rate: 'a' }), () => backup(db, 'x', { progress: 1 }), () => backup(db, 'x', { source: 1 }), () => backup(db, 'x', { target: 1 })]) {
      try { await bad(); } catch (e) { console.log(`${e.name} [${e.code}]: ${e.message}`); }
    }
    await backup(db, path.join(dir, 'd.db'), { source: 'nope' }).catch((e) => console.log(`${e.name} [${e.code}]: ${e.message}`, e.errcode));
    const closed = new DatabaseSync(':memory:'); closed.close();
    try { await backup(closed, path.join(dir, 'e.db')); } catch (e) { console.log(`${e.name} [${e.code}]: ${e.message}`); }
    const s = db.serialize ? 'has' : 'no'; console.log(s);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
})();
