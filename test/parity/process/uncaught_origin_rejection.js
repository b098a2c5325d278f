// With the default throw mode, an unhandled rejection reaches uncaughtException with origin
// 'unhandledRejection'.
process.on('uncaughtException', (err, origin) => {
  console.log('caught:', err.message, '| origin:', origin);
});
Promise.reject(new Error('rejected'));
process.on('exit', (c) => console.log('exit', c));
