// Without a terminal, prompt() writes the prompt text; setPrompt/getPrompt; prompt() resumes a
// paused interface.
const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
const output = new PassThrough();
const chunks = [];
output.on('data', (d) => chunks.push(String(d)));
const rl = readline.createInterface({ input, output });
console.log('default prompt', JSON.stringify(rl.getPrompt()), 'terminal', rl.terminal);
rl.prompt();
rl.setPrompt('>>> ');
rl.prompt(true);
rl.pause();
console.log('paused', rl.paused, input.isPaused());
rl.prompt();
console.log('paused after prompt', rl.paused);
rl.write('typed\n');
rl.on('line', (l) => console.log('line', l));
setImmediate(() => {
  console.log(JSON.stringify(chunks));
  rl.close();
});
