// parity-tty: stdin stdout
// readline on a terminal: the prompt, setPrompt, write of text and the line editor's redraw,
// cursor helpers, then close restores the terminal.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
console.log('terminal', rl.terminal, process.stdin.isRaw);
rl.setPrompt('> ');
rl.prompt();
rl.write('typed');
console.log('\nline', JSON.stringify(rl.line), rl.cursor);
rl.write(null, { ctrl: true, name: 'a' });
console.log('\ncursor after ctrl-a', rl.cursor);
readline.cursorTo(process.stdout, 5);
readline.moveCursor(process.stdout, -1, 0);
readline.clearLine(process.stdout, 1);
process.stdout.write('\n');
rl.on('close', () => console.log('closed', process.stdin.isRaw));
rl.close();
