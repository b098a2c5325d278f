// stdio 'ignore' and 'inherit' leave null streams; an array mixes them.
const { spawn } = require('child_process');
const a = spawn('sh', ['-c', 'echo ignored; echo ignored-err >&2'], { stdio: 'ignore' });
console.log('ignore', a.stdin, a.stdout, a.stderr, a.stdio);
a.on('close', (code) => {
  console.log('ignore close', code);
  // Printed after the child ended: the child writes to our own stdout meanwhile.
  const b = spawn('sh', ['-c', 'echo inherited'], { stdio: 'inherit' });
  b.on('close', (code2) => {
    console.log('inherit', b.stdin, b.stdout, b.stderr, 'close', code2);
    const c = spawn('sh', ['-c', 'echo to-pipe; echo to-ignore >&2'], { stdio: ['ignore', 'pipe', 'ignore'] });
    console.log('mixed', c.stdin, c.stdout !== null, c.stderr);
    c.stdout.on('data', (d) => console.log('mixed data', JSON.stringify(String(d))));
    c.on('close', (code3) => console.log('mixed close', code3));
  });
});
