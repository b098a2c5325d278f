// A command that does not exist: 'error' with ENOENT fields, then 'close' with -2; no 'exit'.
const { spawn } = require('child_process');
const c = spawn('gnode-no-such-command', ['a', 'b']);
console.log('pid', c.pid);
c.on('spawn', () => console.log('spawn (wrong)'));
c.on('exit', () => console.log('exit (wrong)'));
c.on('error', (e) => {
  console.log('error', e.message, e.errno, e.code, e.syscall, e.path, e.spawnargs, e instanceof Error);
  console.log('exitCode', c.exitCode, 'signalCode', c.signalCode);
});
c.on('close', (code, sig) => console.log('close', code, sig));
