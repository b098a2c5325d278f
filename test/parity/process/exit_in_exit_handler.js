// process.exit() called inside an exit listener: the new code wins, later listeners do not run.
process.on('exit', (code) => {
  console.log('listener 1, code', code);
  process.exit(6);
});
process.on('exit', (code) => console.log('listener 2 (should not run)', code));
process.exitCode = 2;
