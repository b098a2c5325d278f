// timeout kills the child: killed true and the signal in the error.
const { exec, execFile } = require('child_process');
exec('exec sleep 10', { timeout: 50 }, (err, stdout, stderr) => {
  console.log(err.message, err.code, err.killed, err.signal, err.cmd, JSON.stringify(stdout));
  execFile('sleep', ['10'], { timeout: 50, killSignal: 'SIGKILL' }, (e2) => {
    console.log(e2.message, e2.code, e2.killed, e2.signal, e2.cmd);
  });
});
