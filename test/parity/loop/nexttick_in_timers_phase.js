// nextTick and promises scheduled from a nextTick inside a timer run before the next timer.
setTimeout(() => {
  console.log('t1');
  process.nextTick(() => {
    console.log('t1 tick');
    process.nextTick(() => console.log('t1 tick tick'));
    Promise.resolve().then(() => console.log('t1 tick promise'));
  });
}, 1);
setTimeout(() => console.log('t2'), 1);
