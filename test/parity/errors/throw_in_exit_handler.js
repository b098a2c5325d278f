// An exception inside an exit listener.
process.on('exit', (code) => {
  console.log('exit listener, code', code);
  throw new Error('from exit');
});
console.log('main');
