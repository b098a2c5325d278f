// rl.write() feeds the interface as if typed when it is not a terminal.
const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
const rl = readline.createInterface({ input });
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
rl.write('abc');
rl.write('def\nghi\n');
rl.write(Buffer.from('buf\n'));
rl.write(undefined);
console.log('sync done');
rl.close();
