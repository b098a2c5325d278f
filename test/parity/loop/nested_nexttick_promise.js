// nextTick scheduled inside a promise callback runs after the whole microtask queue drains;
// a promise scheduled inside nextTick runs after the remaining ticks.
const log = (s) => console.log(s);
Promise.resolve().then(() => {
  log('promise A');
  process.nextTick(() => log('tick from promise A'));
  Promise.resolve().then(() => log('promise from promise A'));
});
Promise.resolve().then(() => log('promise B'));
process.nextTick(() => {
  log('tick 1');
  Promise.resolve().then(() => log('promise from tick 1'));
  process.nextTick(() => log('tick from tick 1'));
});
process.nextTick(() => log('tick 2'));
log('sync end');
