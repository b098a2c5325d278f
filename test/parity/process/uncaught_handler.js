// An uncaughtException listener gets the error and origin; the program keeps running.
process.on('uncaughtException', (err, origin) => {
  console.log('caught:', err.message, '| origin:', origin);
});
setTimeout(() => {
  console.log('timer still runs');
  throw new Error('from timer');
}, 1);
setTimeout(() => console.log('second timer runs too'), 5);
process.on('exit', (c) => console.log('exit', c));
throw new Error('from main');
