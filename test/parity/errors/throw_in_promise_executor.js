// An error thrown in a Promise executor becomes an unhandled rejection.
new Promise(() => {
  throw new RangeError('in executor');
});
