// An uncaught exception exits 1 even when exitCode was set before.
process.exitCode = 5;
process.on('exit', (c) => console.log('exit', c, process.exitCode));
setTimeout(() => { throw new Error('late'); }, 1);
