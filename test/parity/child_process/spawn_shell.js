// shell: true joins file and args into one command line for /bin/sh.
const { spawn } = require('child_process');
const c = spawn('echo', ['$((1+2))', '|', 'tr', '3', 'x'], { shell: true });
let out = '';
c.stdout.on('data', (d) => { out += d; });
c.on('close', (code) => {
  console.log('close', code, JSON.stringify(out), c.spawnfile, c.spawnargs);
  const d = spawn('echo $0', { shell: '/bin/sh' });
  d.stdout.on('data', (x) => console.log('shell string', JSON.stringify(String(x))));
  d.on('close', (code2) => console.log('close2', code2, d.spawnargs));
});
