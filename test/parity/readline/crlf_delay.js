// A \r at the end of one chunk and \n at the start of the next make one line ending.
const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
const rl = readline.createInterface({ input, crlfDelay: Infinity });
const lines = [];
rl.on('line', (l) => lines.push(l));
rl.on('close', () => console.log(JSON.stringify(lines), rl.crlfDelay));
input.write('a\r');
input.write('\nb\r');
input.write('\n');
input.write('\n');
input.end();
