// An error thrown inside queueMicrotask is an uncaught exception.
queueMicrotask(() => {
  throw new Error('from queueMicrotask');
});
