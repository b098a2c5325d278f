// parity-stdin: _lines.txt
// 'line' and 'close' events for process.stdin as input, with the interface's state at close.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin });
const lines = [];
rl.on('line', (l) => lines.push(l));
rl.on('close', () => {
  console.log(lines);
  console.log('terminal', rl.terminal, 'closed', rl.closed, 'line', JSON.stringify(rl.line));
});
