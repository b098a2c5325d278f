// execFile with and without args and options.
const { execFile } = require('child_process');
execFile('echo', ['a', 'b c'], (err, stdout) => {
  console.log(err, JSON.stringify(stdout));
  execFile('pwd', { cwd: '/' }, (e2, o2) => {
    console.log(e2, JSON.stringify(o2));
    const child = execFile('sh', ['-c', 'exit 2'], (e3, o3, s3) => {
      console.log(e3.message, e3.code, e3.cmd, JSON.stringify(o3), JSON.stringify(s3));
      console.log(child.exitCode, typeof child.pid);
    });
  });
});
