// rl.question writes the query to output, answers with the next line, and restores the prompt.
const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
const output = new PassThrough();
let written = '';
output.on('data', (d) => { written += d; });
const rl = readline.createInterface({ input, output, prompt: '$ ' });
rl.question('name? ', (answer) => {
  console.log('answer', JSON.stringify(answer));
  console.log('prompt after', JSON.stringify(rl.getPrompt()));
  rl.question('age? ', (a2) => {
    console.log('answer2', JSON.stringify(a2));
    rl.prompt();
    rl.close();
  });
  input.write('42\n');
});
rl.on('line', (l) => console.log('line event', l));
rl.on('close', () => setImmediate(() => console.log('output', JSON.stringify(written))));
input.write('Ada\n');
