// A rejection handled late fires rejectionHandled after unhandledRejection.
const p = Promise.reject(new Error('late'));
process.on('unhandledRejection', (r, promise) => console.log('unhandledRejection', r.message, promise === p));
process.on('rejectionHandled', (promise) => console.log('rejectionHandled', promise === p));
setTimeout(() => {
  p.catch((e) => console.log('caught late:', e.message));
}, 5);
