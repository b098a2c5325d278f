// exitCode set in beforeExit and then overridden in exit.
process.on('beforeExit', () => {
  if (process.exitCode === undefined) {
    process.exitCode = 3;
    console.log('beforeExit set 3');
  }
});
process.on('exit', (c) => {
  console.log('exit sees', c);
  process.exitCode = 4;
});
