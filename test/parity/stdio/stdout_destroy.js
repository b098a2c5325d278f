// destroy() on stdout does not close the fd: 'close' is emitted, later writes still appear
// through console (a fresh write after destroy errors on the stream).
process.stdout.on('close', () => console.error('close event'));
process.stdout.write('before\n');
process.stdout.destroy();
console.error('destroyed', process.stdout.destroyed);
process.stdout.write('after destroy\n', (err) => console.error('cb', err && err.code));
setImmediate(() => console.error('end of test'));
