// An AbortSignal kills the child and emits an AbortError.
const { spawn } = require('child_process');
const ac = new AbortController();
const c = spawn('sleep', ['10'], { signal: ac.signal });
c.on('error', (e) => console.log('error', e.name, e.code, e.message, e.cause === 'why'));
c.on('exit', (code, sig) => console.log('exit', code, sig));
c.on('close', (code, sig) => {
  console.log('close', code, sig);
  const d = spawn('sleep', ['10'], { signal: AbortSignal.abort() });
  d.on('error', (e) => console.log('pre-aborted error', e.name, e.code));
  d.on('close', (code2, sig2) => console.log('pre-aborted close', code2, sig2));
});
c.on('spawn', () => ac.abort('why'));
