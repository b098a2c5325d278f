// readline/promises: question() resolves with the answer; lines outside a question are 'line'.
const readline = require('readline/promises');
const { PassThrough } = require('stream');
const input = new PassThrough();
const output = new PassThrough();
let written = '';
output.on('data', (d) => { written += d; });
(async () => {
  const rl = readline.createInterface({ input, output });
  rl.on('line', (l) => console.log('line', l));
  const p = rl.question('first? ');
  input.write('one\ntwo\n');
  console.log('answer', await p);
  const p2 = rl.question('second? ');
  input.write('three\n');
  console.log('answer2', await p2);
  rl.close();
  console.log('output', JSON.stringify(written));
  const p3 = rl.question('x');
  console.log(p3.constructor.name);
  p3.catch((e) => console.log('after close', e.code));
})().catch((e) => console.log('error', e.code, e.message));
