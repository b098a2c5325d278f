// parity-tty: stdin stdout
// parity-env: TERM=xterm-256color
// readline's line editor on a real terminal type: keys given to rl.write move the cursor,
// delete and kill text, and the escape sequences it writes for each edit.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: '$ ' });
const steps = [];
const step = (name, data, key) => { rl.write(data, key); steps.push(`${name}: ${JSON.stringify(rl.line)} @${rl.cursor}`); };
rl.prompt();
step('type', 'hello world');
step('ctrl-a', null, { ctrl: true, name: 'a' });
step('right', null, { name: 'right' });
step('ctrl-e', null, { ctrl: true, name: 'e' });
step('ctrl-w', null, { ctrl: true, name: 'w' });
step('type', 'there');
step('meta-b', null, { meta: true, name: 'b' });
step('ctrl-k', null, { ctrl: true, name: 'k' });
step('backspace', null, { name: 'backspace' });
step('ctrl-u', null, { ctrl: true, name: 'u' });
step('type é', 'é');
rl.close();
console.log('\n' + steps.join('\n'));
