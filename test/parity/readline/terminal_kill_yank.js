// parity-env: TERM=xterm-256color
// ctrl-u / ctrl-k / ctrl-w kill text, ctrl-y yanks it back, meta-y cycles the kill ring,
// ctrl-- undoes and ctrl-^ redoes; word motions with meta-b / meta-f / ctrl-left / ctrl-right.
const term = require('./_term');
const t = term();
const show = (label) => console.log(label.padEnd(14), JSON.stringify(t.rl.line), t.rl.cursor);
t.type('hello brave new world');
show('typed');
t.type('\x1bb'); show('meta-b');
t.type('\x1bb'); show('meta-b');
t.type('\x1bf'); show('meta-f');
t.type('\x1b[1;5D'); show('ctrl-left');
t.type('\x1b[1;5C'); show('ctrl-right');
t.type('\x0b'); show('ctrl-k');
t.type('\x01'); show('ctrl-a');
t.type('\x1bf'); show('meta-f');
t.type('\x15'); show('ctrl-u');
t.type('\x05'); show('ctrl-e');
t.type('\x17'); show('ctrl-w');
t.type('\x19'); show('ctrl-y');
t.type('\x1by'); show('meta-y');
t.type('\x1f'); show('undo');
t.type('\x1f'); show('undo');
t.type('\x1e'); show('redo');
t.type('\x1bd'); show('meta-d');
t.type('\x1b\x7f'); show('meta-bksp');
t.rl.close();
