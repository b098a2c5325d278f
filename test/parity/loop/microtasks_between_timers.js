// Microtasks and nextTicks run between two timers that expire together.
setTimeout(() => {
  console.log('timer 1');
  process.nextTick(() => console.log('tick after timer 1'));
  Promise.resolve().then(() => console.log('promise after timer 1'));
}, 2);
setTimeout(() => {
  console.log('timer 2');
  Promise.resolve().then(() => console.log('promise after timer 2'));
}, 2);
