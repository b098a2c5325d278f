// parity-env: TERM=xterm-256color
// ctrl-c emits 'SIGINT' on the interface when it has listeners, else closes it; ctrl-d on an
// empty line closes, on a non-empty line deletes right.
const term = require('./_term');
const t1 = term();
t1.rl.on('SIGINT', () => console.log('SIGINT with line', JSON.stringify(t1.rl.line)));
t1.rl.on('close', () => console.log('t1 closed'));
t1.type('abc\x03');
console.log('t1 closed?', t1.rl.closed);
t1.rl.close();
const t2 = term();
t2.rl.on('close', () => console.log('t2 closed by ctrl-c'));
t2.type('x\x03');
const t3 = term();
t3.rl.on('close', () => console.log('t3 closed by ctrl-d'));
t3.type('ab\x01\x04');
console.log('t3 after ctrl-d', JSON.stringify(t3.rl.line), t3.rl.closed);
t3.type('\x04\x04');
console.log('t3 line', JSON.stringify(t3.rl.line), t3.rl.closed);
t3.type('\x04');
console.log('t3 closed?', t3.rl.closed);
