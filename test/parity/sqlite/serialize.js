// node:sqlite serialize()/deserialize(): a database image round trip, argument errors, an empty temp schema (SQLite's 'not an error'), a corrupt image.
const { DatabaseSync } = require('node:sqlite');
const t = (f) => { try { console.log(f()); } catch (e) { console.log(`${e.name} [${e.code}]: ${e.message}`, e.errcode); } };
const db = new DatabaseSync(':memory:');
db.exec('create table t(x); insert into t values (42)');
const buf = db.serialize();
console.log(buf.constructor.name, buf.length > 0, Object.prototype.toString.call(buf));
const d2 = new DatabaseSync(':memory:');
d2.deserialize(buf);
t(() => d2.prepare('select * from t').all());
t(() => d2.deserialize(1)); t(() => db.serialize(1)); t(() => db.serialize('temp'));
t(() => d2.deserialize(new Uint8Array(0))); t(() => d2.deserialize(Buffer.from('x'), 1)); t(() => d2.deserialize(Buffer.from('x'), { dbName: 1 }));
t(() => { d2.deserialize(Buffer.from('garbage')); return d2.prepare('select * from sqlite_master').all(); });
const d3 = new DatabaseSync(':memory:'); d3.deserialize(buf); d3.exec('insert into t values (43)'); t(() => d3.prepare('select count(*) as n from t').get());
