// parity-env: TERM=xterm-256color
// Pasted text with several line endings submits each line; \r\n counts once.
const term = require('./_term');
const t = term();
t.rl.on('line', (l) => console.log('line', JSON.stringify(l)));
t.type('one\rtwo\r\nthree\nfour');
console.log('pending', JSON.stringify(t.rl.line));
t.input.end();
t.rl.on('close', () => console.log('closed'));
