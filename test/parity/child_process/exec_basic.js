// exec with a callback: strings by default, Buffers with encoding 'buffer'.
const { exec } = require('child_process');
exec('echo hello; echo warn >&2', (err, stdout, stderr) => {
  console.log(err, JSON.stringify(stdout), JSON.stringify(stderr));
  exec('printf abc', { encoding: 'buffer' }, (err2, out2, errOut2) => {
    console.log(err2, Buffer.isBuffer(out2), out2, Buffer.isBuffer(errOut2), errOut2.length);
    exec('printf "%s" "$PWD"', { cwd: '/tmp' }, (e3, o3) => console.log(e3, o3));
  });
});
