// A deterministic chain across every phase: timers, immediates and microtasks.
const log = (s) => console.log(s);
setTimeout(() => {
  log('timeout A');
  setImmediate(() => {
    log('immediate B');
    setTimeout(() => {
      log('timeout C');
      process.nextTick(() => log('tick D'));
      setImmediate(() => log('immediate E'));
      Promise.resolve().then(() => log('promise F'));
    }, 0);
  });
  process.nextTick(() => log('tick G'));
}, 0);
