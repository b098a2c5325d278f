// An error thrown in an immediate scheduled from a timer: later work is not run.
setTimeout(() => {
  setImmediate(() => {
    throw new Error('deep');
  });
  setTimeout(() => console.log('later timer (should not run)'), 20);
}, 1);
