// node:sqlite with database files: create, reopen, location() for file and :memory: and
// attached databases, URL and Buffer paths, readOnly, a transaction across statements.
const { DatabaseSync } = require('node:sqlite');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gnode-sqlite-'));
const file = path.join(dir, 'test.db');
const rel = (p) => p === null ? null : path.relative(dir, p);
try {
  const db = new DatabaseSync(file);
  console.log(rel(db.location()), db.location('temp'));
  db.exec('create table kv(k text primary key, v any) strict');
  db.exec('begin');
  const put = db.prepare('insert into kv values (?, ?)');
  for (const [k, v] of [['a', 1], ['b', 'two'], ['c', Buffer.from([3])]]) console.log(put.run(k, v));
  console.log(db.isTransaction);
  db.exec('commit');
  try { put.run('d', 1.5); } catch (e) { console.log(e.code, e.errcode, e.message); }
  db.close();
  const again = new DatabaseSync(pathToFileURL(file));
  console.log(again.prepare('select * from kv order by k').all());
  again.exec(`attach database '${path.join(dir, 'other.db')}' as other`);
  console.log(rel(again.location('other')));
  again.close();
  const ro = new DatabaseSync(Buffer.from(file), { readOnly: true });
  try { ro.exec("insert into kv values ('z', 0)"); } catch (e) { console.log(e.code, e.errcode, e.errstr, e.message); }
  console.log(ro.prepare('select count(*) as n from kv').get());
  ro.close();
  console.log(fs.existsSync(file));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
