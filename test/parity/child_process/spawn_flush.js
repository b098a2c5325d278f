// Unread stdout is flushed after exit so 'close' still comes; piped stdout arrives whole.
const { spawn } = require('child_process');
const c = spawn('sh', ['-c', 'echo unread']);
c.on('exit', (code) => console.log('exit', code));
c.on('close', (code) => {
  console.log('close', code, c.stdout.readableEnded, c.stdout.destroyed);
  const d = spawn('sh', ['-c', 'echo pipe-me']);
  d.stdout.pipe(process.stdout);
  d.on('close', (code2) => console.log('piped close', code2));
});
