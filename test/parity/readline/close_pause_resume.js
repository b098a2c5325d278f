// Event order of pause/resume/close, close() twice, and the input's state afterwards.
const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
const rl = readline.createInterface({ input });
const ev = [];
for (const name of ['pause', 'resume', 'close', 'line']) rl.on(name, (...a) => ev.push([name, ...a]));
console.log('start paused', rl.paused, 'input flowing', input.readableFlowing);
rl.pause();
rl.pause();
rl.resume();
rl.resume();
rl.close();
rl.close();
console.log(JSON.stringify(ev));
console.log('closed', rl.closed, 'input listeners', input.listenerCount('data'), input.listenerCount('end'));
