// parity-env: TERM=xterm-256color
// question() in terminal mode draws the query as the prompt and answers on return; rl.write
// with a key object drives the editor.
const term = require('./_term');
const t = term({ rl: { prompt: '$ ' } });
t.rl.question('Name: ', (a) => {
  console.log('answer', JSON.stringify(a), 'prompt', JSON.stringify(t.rl.getPrompt()));
  console.log('writes', t.flush());
  t.rl.write('xyz');
  t.rl.write(null, { ctrl: true, name: 'u' });
  console.log('after ctrl-u', JSON.stringify(t.rl.line));
  t.rl.write('done\n');
  t.rl.close();
});
t.rl.on('line', (l) => console.log('line', l));
t.type('Ada Lovelace\r');
