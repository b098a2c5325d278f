// An unref'd detached child with ignored stdio does not keep the parent alive.
const { spawn } = require('child_process');
const c = spawn('sleep', ['0.3'], { detached: true, stdio: 'ignore' });
c.unref();
console.log('typeof pid', typeof c.pid);
c.on('exit', () => console.log('exit (should not print)'));
process.on('exit', (code) => console.log('parent exits', code));
