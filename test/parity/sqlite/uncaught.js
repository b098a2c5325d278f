// An uncaught SQLite error prints as Node prints a C++-thrown error: the header and the stack
// start at the caller's line, with code, errcode and errstr.
const { DatabaseSync } = require('node:sqlite');
const db = new DatabaseSync(':memory:');
db.exec('create table t(a)');
console.log('before');
db.prepare('insert into nope values (1)');
