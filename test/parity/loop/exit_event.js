// exit listeners run in order, get the code, and cannot schedule more work.
process.on('exit', (code) => {
  console.log('exit 1, code', code);
  setTimeout(() => console.log('timer in exit (should not run)'), 0);
  setImmediate(() => console.log('immediate in exit (should not run)'));
  process.nextTick(() => console.log('nextTick in exit (should not run)'));
  Promise.resolve().then(() => console.log('promise in exit'));
});
process.on('exit', (code) => console.log('exit 2, code', code));
process.exitCode = 2;
console.log('main');
