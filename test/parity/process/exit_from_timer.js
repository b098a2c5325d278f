// process.exit inside a timer: later timers and pending microtasks never run.
setTimeout(() => {
  console.log('timer 1');
  Promise.resolve().then(() => console.log('promise (should not run)'));
  process.exit(4);
}, 1);
setTimeout(() => console.log('timer 2 (should not run)'), 1);
process.on('exit', (code) => console.log('exit', code));
