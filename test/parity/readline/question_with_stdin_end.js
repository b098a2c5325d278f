// parity-stdin: _lines.txt
// A question still pending when stdin ends: the interface closes and the callback never runs.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin });
let n = 0;
rl.on('line', () => n++);
rl.on('close', () => {
  console.log('closed after', n, 'lines');
  setImmediate(() => rl.question('never answered? ', () => console.log('no')));
});
process.on('uncaughtException', (e) => console.log('uncaught', e.code));
