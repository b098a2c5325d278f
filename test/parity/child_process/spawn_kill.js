// kill() with default and named signals; kill after exit returns false.
const { spawn } = require('child_process');
const c = spawn('sleep', ['10']);
c.on('spawn', () => {
  console.log('kill returns', c.kill(), c.killed);
});
c.on('exit', (code, sig) => {
  console.log('exit', code, sig, c.exitCode, c.signalCode);
  const d = spawn('sh', ['-c', 'cat']);
  d.on('spawn', () => console.log('kill SIGKILL', d.kill('SIGKILL')));
  d.on('close', (code2, sig2) => {
    console.log('close', code2, sig2, d.killed);
    console.log('kill after exit', d.kill());
  });
});
try { c.kill('SIGNOPE'); } catch (e) { console.log(e.code, e.name, e.message); }
