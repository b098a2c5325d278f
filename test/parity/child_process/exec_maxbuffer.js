// maxBuffer truncates and fails with ERR_CHILD_PROCESS_STDIO_MAXBUFFER.
const { exec, execFile } = require('child_process');
exec('printf 0123456789', { maxBuffer: 4 }, (err, stdout, stderr) => {
  console.log(err.name, err.code, err.message, err.cmd, JSON.stringify(stdout), JSON.stringify(stderr));
  execFile('sh', ['-c', 'printf abcdef >&2'], { maxBuffer: 3, encoding: 'buffer' }, (e2, o2, s2) => {
    console.log(e2.code, e2.message, o2, s2);
  });
});
