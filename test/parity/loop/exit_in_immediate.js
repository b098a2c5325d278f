// process.exit inside an immediate skips a pending timer and later immediates.
setTimeout(() => console.log('timer (should not run)'), 1000);
setImmediate(() => {
  console.log('immediate 1 exits');
  process.exit(0);
});
setImmediate(() => console.log('immediate 2 (should not run)'));
process.on('exit', (c) => console.log('exit', c));
