// process.exit(n) overrides process.exitCode; process.exit() with no code uses exitCode.
process.exitCode = 4;
process.on('exit', (code) => console.log('exit', code, 'exitCode', process.exitCode));
setTimeout(() => process.exit(2), 1);
