// The callback question with a signal: aborted before asking does nothing, aborting while
// waiting cancels (the callback never runs) and the line goes to 'line'.
const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
const rl = readline.createInterface({ input });
rl.on('line', (l) => console.log('line', l));
rl.question('q0', { signal: AbortSignal.abort() }, () => console.log('never 0'));
const ac = new AbortController();
rl.question('q1', { signal: ac.signal }, (a) => console.log('never 1', a));
ac.abort();
input.write('free line\n');
const ac2 = new AbortController();
rl.question('q2', { signal: ac2.signal }, (a) => console.log('answer', a));
input.write('the answer\n');
ac2.abort();
input.end('last\n');
rl.on('close', () => console.log('close'));
