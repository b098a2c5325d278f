// readline splits lines on \n, \r\n and lone \r, across chunk boundaries, and emits the
// unterminated tail at end of input, then pause and close.
const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
const rl = readline.createInterface({ input });
const events = [];
rl.on('line', (l) => events.push(['line', l]));
rl.on('pause', () => events.push(['pause']));
rl.on('resume', () => events.push(['resume']));
rl.on('close', () => { events.push(['close']); console.log(JSON.stringify(events)); });
input.write('a\nb\r\nc\rd');
input.write('e\n\nf');
input.write('\r');
input.write('\ng\r\r\n');
input.end('tail');
