// process.exit inside a nextTick inside a promise: nothing queued after it runs.
Promise.resolve().then(() => {
  process.nextTick(() => {
    console.log('in tick');
    process.exit(8);
  });
  Promise.resolve().then(() => console.log('promise before the tick runs'));
});
setImmediate(() => console.log('immediate (should not run)'));
process.on('exit', (c) => console.log('exit', c));
