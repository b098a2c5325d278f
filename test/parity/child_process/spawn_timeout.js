// timeout kills the child with killSignal.
const { spawn } = require('child_process');
const c = spawn('sleep', ['10'], { timeout: 50, killSignal: 'SIGKILL' });
c.on('exit', (code, sig) => console.log('exit', code, sig, c.killed));
c.on('close', (code, sig) => {
  console.log('close', code, sig);
  const d = spawn('sleep', ['10'], { timeout: 50 });
  d.on('close', (code2, sig2) => console.log('default killSignal', code2, sig2, d.killed));
});
