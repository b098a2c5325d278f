// An error thrown inside a nextTick callback.
process.nextTick(() => {
  throw new Error('from nextTick');
});
