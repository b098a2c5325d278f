// readline Interface: Symbol.dispose closes it once (and `using` does), readline/promises too;
// setupHistoryManager replaces the history from its options.
const readline = require('readline');
const rlp = require('readline/promises');
const { PassThrough } = require('stream');
const r = readline.createInterface({ input: new PassThrough() });
r.on('close', () => console.log('close event'));
console.log(typeof r[Symbol.dispose], typeof r.setupHistoryManager);
r[Symbol.dispose]();
console.log('closed', r.closed);
r[Symbol.dispose]();
console.log('second dispose is a no-op');
{
  using r2 = readline.createInterface({ input: new PassThrough() });
  r2.on('close', () => console.log('using: close event'));
  console.log('using: in block');
}
const r3 = rlp.createInterface({ input: new PassThrough() });
r3.on('close', () => console.log('promises close event'));
r3[Symbol.dispose]();
const r4 = readline.createInterface({ input: new PassThrough(), output: new PassThrough(), terminal: true,
  history: ['a', 'b'], historySize: 5 });
console.log(r4.history, r4.historySize);
r4.setupHistoryManager({ history: ['z'], historySize: 3 });
console.log(r4.history, r4.historySize);
try { r4.setupHistoryManager({ history: 'x' }); } catch (e) { console.log(e.code, e.message); }
r4.close();
