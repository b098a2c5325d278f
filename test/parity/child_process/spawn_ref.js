// ref() after unref() keeps the parent alive until the child exits.
const { spawn } = require('child_process');
const c = spawn('sh', ['-c', 'sleep 0.1; echo done'], { stdio: ['ignore', 'pipe', 'ignore'] });
c.unref();
c.ref();
let out = '';
c.stdout.on('data', (d) => { out += d; });
c.on('close', (code) => console.log('close', code, JSON.stringify(out)));
process.on('exit', () => console.log('parent exit'));
