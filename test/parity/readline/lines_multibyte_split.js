// A UTF-8 character split across two chunks is decoded whole.
const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
const rl = readline.createInterface({ input });
rl.on('line', (l) => console.log('line', JSON.stringify(l), l.length));
rl.on('close', () => console.log('close'));
const buf = Buffer.from('héllo wörld €\nnext 😀 done\n');
for (let i = 0; i < buf.length; i += 3) input.write(buf.subarray(i, i + 3));
input.end();
