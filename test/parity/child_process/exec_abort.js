// exec with an AbortSignal: the callback gets the AbortError.
const { exec, execFile } = require('child_process');
const ac = new AbortController();
exec('exec sleep 10', { signal: ac.signal }, (err, stdout, stderr) => {
  console.log(err.name, err.code, err.message, JSON.stringify(stdout), JSON.stringify(stderr));
  execFile('sleep', ['10'], { signal: AbortSignal.abort() }, (e2) => console.log(e2.name, e2.code));
});
setTimeout(() => ac.abort(), 20);
