// parity-tty: stdin stdout
// parity-tty-input: _tab1.txt after ready>
// parity-env: TERM=xterm-256color
// Tab completion on a terminal: the completer's common prefix is inserted when the tab ends
// the typed chunk.
const readline = require('readline');
const rl = readline.createInterface({
  input: process.stdin, output: process.stdout, prompt: 'ready> ',
  completer: (line) => [['hello', 'help', 'helm', 'other'].filter((c) => c.startsWith(line)), line],
});
rl.prompt();
process.stdin.on('keypress', (s, key) => {
  if (key.name !== 'tab') return;
  // the completer answers through a callback: wait for the line to change
  setTimeout(() => {
    const line = rl.line;
    rl.close();
    console.log('\nline', JSON.stringify(line));
  }, 50);
});
