// Event order of a piped child: spawn first, close last, stream end before close.
const { spawn } = require('child_process');
const c = spawn('sh', ['-c', 'echo out; echo err >&2; exit 3']);
const ev = [];
c.on('spawn', () => ev.push('spawn'));
c.stdout.on('data', (d) => ev.push('stdout ' + JSON.stringify(String(d))));
c.stderr.on('data', (d) => ev.push('stderr ' + JSON.stringify(String(d))));
c.stdout.on('end', () => ev.push('stdout end'));
c.stderr.on('end', () => ev.push('stderr end'));
let exitSeen = false;
c.on('exit', (code, sig) => { exitSeen = true; console.log('exit', code, sig, c.exitCode, c.signalCode); });
c.on('close', (code, sig) => {
  ev.push('close');
  console.log('close', code, sig, 'exit before close:', exitSeen);
  console.log(ev[0], ev[ev.length - 1], ev.slice(1, -1).sort());
});
console.log(typeof c.pid, c.pid > 0, c.connected, c.killed, c.exitCode, c.signalCode);
console.log(c.spawnfile, c.spawnargs, c.stdio.length, c.stdio[1] === c.stdout, c.stdio[2] === c.stderr, c.stdio[0] === c.stdin);
