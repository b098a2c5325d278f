// Microtasks and nextTicks run between two immediates of the same turn.
setImmediate(() => {
  console.log('immediate 1');
  Promise.resolve().then(() => console.log('promise after immediate 1'));
  process.nextTick(() => console.log('tick after immediate 1'));
});
setImmediate(() => console.log('immediate 2'));
