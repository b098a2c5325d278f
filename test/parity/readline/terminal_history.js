// parity-env: TERM=xterm-256color
// Up and down walk the history (newest first), 'history' events carry the list,
// removeHistoryDuplicates drops earlier copies, historySize caps the list.
const term = require('./_term');
const t = term({ rl: { historySize: 3, removeHistoryDuplicates: true } });
t.rl.on('history', (h) => console.log('history', JSON.stringify(h)));
t.rl.on('line', (l) => console.log('line', JSON.stringify(l)));
for (const l of ['one', 'two', 'three', 'two', 'four', '   ', '']) t.type(l + '\r');
console.log('history now', t.rl.history);
t.flush();
for (const k of ['up', 'up', 'up', 'up', 'down', 'down', 'down']) {
  t.type(k === 'up' ? '\x1b[A' : '\x1b[B');
  console.log(k, JSON.stringify(t.rl.line), t.rl.historyIndex);
}
t.type('f');
t.type('\x1b[A');
console.log('prefix search', JSON.stringify(t.rl.line));
t.rl.close();
