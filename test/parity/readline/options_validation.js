// createInterface option checks: historySize, completer, tabSize, signal, escapeCodeTimeout.
const readline = require('readline');
const { PassThrough } = require('stream');
const tries = [
  { historySize: -1 }, { historySize: 'x' }, { historySize: NaN }, { completer: 'nope' },
  { tabSize: 0 }, { tabSize: 'x' }, { tabSize: 1.5 }, { signal: {} }, { escapeCodeTimeout: 'x' },
  { history: 'x' }, { historySize: 0 }, { tabSize: 4 }, { crlfDelay: 50 }, { crlfDelay: 5000 },
];
for (const t of tries) {
  try {
    const rl = readline.createInterface({ input: new PassThrough(), ...t });
    console.log('ok', JSON.stringify(t), rl.historySize, rl.tabSize, rl.crlfDelay);
    rl.close();
  } catch (e) {
    console.log('error', e.name, e.code, e.message);
  }
}
