// A 1 MB write to a pipe arrives whole, in order, and 'drain'/callback behave as Node's.
const { spawn } = require('child_process');
const code = `
  const big = Buffer.alloc(1 << 20, 'x');
  big[big.length - 1] = 0x0a;
  process.stdout.write(big, () => process.stderr.write('callback\\n'));
  process.stdout.write('tail\\n');
`;
const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'pipe'] });
let n = 0;
let last = '';
child.stdout.on('data', (d) => { n += d.length; last = (last + d.toString('latin1')).slice(-10); });
let err = '';
child.stderr.on('data', (d) => { err += d; });
child.on('close', (code) => console.log('exit', code, 'bytes', n, JSON.stringify(last), JSON.stringify(err)));
