// parity-tty: stdin stdout
// parity-tty-input: _keys.txt after ready>
// parity-env: TERM=xterm-256color
// Keys typed on a raw xterm: emitKeypressEvents decodes arrows, ctrl keys, return and
// backspace into keypress events, and readline edits lines from them (history recall on up).
const readline = require('readline');
const keys = [];
process.stdin.on('keypress', (s, k) => keys.push(`${k.name}${k.ctrl ? '+ctrl' : ''}${k.meta ? '+meta' : ''} ${JSON.stringify(k.sequence)}`));
const rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: 'ready> ' });
const lines = [];
rl.on('line', (l) => lines.push(l));
rl.on('close', () => {
  console.log('\nlines', JSON.stringify(lines));
  console.log(keys.join('\n'));
});
rl.prompt();
