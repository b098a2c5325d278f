// An error thrown inside a then callback becomes an unhandled rejection.
Promise.resolve(1).then((v) => {
  throw new Error('from then ' + v);
});
