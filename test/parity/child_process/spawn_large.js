// A large output arrives whole and in order across chunks.
const { spawn } = require('child_process');
const c = spawn('sh', ['-c', 'i=0; while [ $i -lt 20000 ]; do echo line$i; i=$((i+1)); done']);
const chunks = [];
c.stdout.on('data', (d) => chunks.push(d));
c.on('close', (code) => {
  const s = Buffer.concat(chunks).toString();
  const lines = s.trim().split('\n');
  console.log(code, s.length, lines.length, lines[0], lines[lines.length - 1]);
});
