// process.exit() and uncaught exceptions skip beforeExit.
process.on('beforeExit', () => console.log('beforeExit (should not run)'));
process.on('exit', (c) => console.log('exit', c));
setTimeout(() => process.exit(0), 1);
