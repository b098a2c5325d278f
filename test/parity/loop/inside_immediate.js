// Inside an immediate, a new immediate waits for the next loop turn; microtasks run first.
setImmediate(() => {
  console.log('immediate 1');
  setImmediate(() => console.log('immediate from 1'));
  process.nextTick(() => console.log('tick from 1'));
  Promise.resolve().then(() => console.log('promise from 1'));
});
setImmediate(() => console.log('immediate 2'));
