// An error thrown inside an immediate.
setImmediate(() => {
  throw new TypeError('from immediate');
});
