// An error thrown inside a timer callback.
setTimeout(function onTimer() {
  console.log('in timer');
  throw new Error('from timer');
}, 1);
