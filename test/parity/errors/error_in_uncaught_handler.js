// An exception thrown by the uncaughtException handler itself: exit 7.
process.on('uncaughtException', (e) => {
  console.log('handler got', e.message);
  throw new Error('handler failed');
});
throw new Error('first');
