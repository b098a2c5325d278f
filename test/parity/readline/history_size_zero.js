// parity-env: TERM=xterm-256color
// historySize 0 keeps no history; whitespace-only lines are returned but not stored.
const readline = require('readline');
const { PassThrough, Writable } = require('stream');
const out = new Writable({ write(c, e, cb) { cb(); } });
out.isTTY = true;
out.columns = 80;
const input = new PassThrough();
const rl = readline.createInterface({ input, output: out, terminal: true, historySize: 0 });
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
input.write('one\r  \rtwo\r');
console.log('history', rl.history);
input.write('\x1b[A');
console.log('after up', JSON.stringify(rl.line));
rl.close();
