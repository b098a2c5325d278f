// The first line of console.trace output, through a Console on a custom stream.
const lines = [];
const sink = Object.assign(new (require('events'))(), { write(s) { lines.push(s); return true; } });
const c = new console.Console({ stdout: sink, stderr: sink });
c.trace('message %d', 7);
console.log(lines.length, JSON.stringify(lines[0].split('\n')[0]));
