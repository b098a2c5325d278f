// Setting process.exitCode inside an exit listener changes the final code.
process.on('exit', (code) => {
  console.log('listener 1 sees', code);
  process.exitCode = 42;
});
process.on('exit', (code) => console.log('listener 2 sees', code, process.exitCode));
