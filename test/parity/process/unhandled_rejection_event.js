// An unhandledRejection listener gets reason and promise; no crash, exit 0.
const p = Promise.reject(new Error('handled by listener'));
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection:', reason.message, promise === p);
});
process.on('exit', (c) => console.log('exit', c));
