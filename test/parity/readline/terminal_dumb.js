// TERM=dumb (the harness default): the terminal interface only appends text, no editing keys.
// control sequences written to the output and the line and cursor after each step.
const term = require('./_term');
const t = term();
t.rl.on('line', (l) => console.log('LINE', JSON.stringify(l)));
const steps = [
  ['type abc', 'abc'], ['left', '\x1b[D'], ['left', '\x1b[D'], ['insert X', 'X'], ['right', '\x1b[C'],
  ['backspace', '\x7f'], ['home', '\x1b[H'], ['delete', '\x1b[3~'], ['end', '\x1b[F'], ['ctrl-b', '\x02'],
  ['ctrl-f', '\x06'], ['ctrl-a', '\x01'], ['ctrl-e', '\x05'], ['ctrl-h', '\x08'], ['enter', '\r'],
];
for (const [name, keys] of steps) {
  t.type(keys);
  console.log(name.padEnd(10), JSON.stringify(t.rl.line), t.rl.cursor, t.flush());
}
t.rl.close();
console.log('close', t.flush());
