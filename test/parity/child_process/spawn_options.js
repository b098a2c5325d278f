// cwd, env and argv0 reach the child.
const { spawn } = require('child_process');
const c = spawn('sh', ['-c', 'pwd; echo "$FOO-$BAR"; echo $0'], { cwd: '/', env: { FOO: 'foo', PATH: process.env.PATH }, argv0: 'myname' });
let out = '';
c.stdout.on('data', (d) => { out += d; });
c.on('close', (code) => {
  console.log('close', code, JSON.stringify(out), c.spawnargs);
});
