// Writing to stdin of cat, ending it, reading everything back.
const { spawn } = require('child_process');
const c = spawn('cat');
let out = '';
c.stdout.setEncoding('utf8');
c.stdout.on('data', (d) => { out += d; });
c.stdin.write('hello ');
c.stdin.write(Buffer.from('world\n'));
c.stdin.end('bye\n');
c.on('exit', (code, sig) => console.log('exit', code, sig));
c.on('close', (code) => console.log('close', code, JSON.stringify(out)));
