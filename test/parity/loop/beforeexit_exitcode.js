// beforeExit receives process.exitCode; exit still gets the final code.
process.exitCode = 3;
process.on('beforeExit', (code) => {
  console.log('beforeExit code', code);
});
process.on('exit', (code) => {
  console.log('exit code', code, process.exitCode);
});
