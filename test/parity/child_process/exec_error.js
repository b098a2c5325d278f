// A failing command: error with code, killed, signal, cmd and stderr in the message.
const { exec, execFile } = require('child_process');
exec('echo partial; echo bad >&2; exit 7', (err, stdout, stderr) => {
  console.log(err instanceof Error, err.message, err.code, err.killed, err.signal, err.cmd);
  console.log(JSON.stringify(stdout), JSON.stringify(stderr));
  execFile('gnode-no-such-command', ['x'], (e2, o2, s2) => {
    console.log(e2.message, e2.code, e2.errno, e2.syscall, e2.path, e2.spawnargs, e2.cmd, JSON.stringify(o2), JSON.stringify(s2));
    exec('kill -9 $$', (e3) => console.log(e3.message, e3.code, e3.killed, e3.signal, e3.cmd));
  });
});
