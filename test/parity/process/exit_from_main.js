// process.exit(n) stops the program at once; exit listeners still run.
process.on('exit', (code) => console.log('exit listener, code', code));
setTimeout(() => console.log('timer (should not run)'), 0);
Promise.resolve().then(() => console.log('promise (should not run)'));
process.nextTick(() => console.log('nextTick (should not run)'));
console.log('before exit');
process.exit(3);
console.log('after exit (should not run)');
