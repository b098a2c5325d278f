// An unhandled rejection created inside an exit listener is still fatal: exit 1 after exit 0.
process.on('exit', (c) => {
  console.log('exit', c);
  Promise.reject(new Error('ignored'));
});
