// process.exit() without a code exits with process.exitCode.
process.exitCode = 9;
process.on('exit', (code) => console.log('exit', code));
process.exit();
