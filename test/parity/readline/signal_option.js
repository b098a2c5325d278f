// The signal option closes the interface when aborted; an aborted signal closes on next tick.
const readline = require('readline');
const { PassThrough } = require('stream');
const ac = new AbortController();
const rl = readline.createInterface({ input: new PassThrough(), signal: ac.signal });
rl.on('close', () => console.log('closed 1'));
console.log('before abort', rl.closed);
ac.abort();
console.log('after abort', rl.closed);
const rl2 = readline.createInterface({ input: new PassThrough(), signal: AbortSignal.abort() });
rl2.on('close', () => console.log('closed 2'));
console.log('rl2 sync', rl2.closed);
