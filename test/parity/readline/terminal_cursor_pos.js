// parity-env: TERM=xterm-256color
// getCursorPos counts the prompt, wide characters and wrapping at the output's columns.
const term = require('./_term');
const t = term({ columns: 10, rl: { prompt: '> ' } });
const show = (label) => console.log(label.padEnd(8), JSON.stringify(t.rl.getCursorPos()), t.rl.cursor, JSON.stringify(t.rl.line));
show('empty');
t.type('abc'); show('abc');
t.type('defghijk'); show('wrap');
t.type('中文'); show('wide');
t.type('\x01'); show('home');
t.rl.setPrompt('prompt>> ');
show('prompt');
t.flush();
t.rl.prompt();
console.log('prompt() writes', t.flush());
t.rl.close();
