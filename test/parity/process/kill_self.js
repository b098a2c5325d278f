// Killing yourself with SIGTERM and no handler ends the process by that signal (exit 128+15).
process.on('exit', () => console.log('exit listener (should not run)'));
console.log('before kill');
process.kill(process.pid, 'SIGTERM');
setTimeout(() => console.log('after kill (should not run)'), 1000);
