// An interface without output: prompt and question write nothing, terminal defaults to false.
const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
const rl = readline.createInterface({ input });
console.log('terminal', rl.terminal, 'output', rl.output);
rl.prompt();
rl.question('q? ', (a) => { console.log('answer', a); rl.close(); });
input.write('yes\n');
