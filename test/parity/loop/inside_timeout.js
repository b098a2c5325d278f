// Inside a timer callback, setImmediate runs before setTimeout(0) (check phase comes first).
setTimeout(() => {
  console.log('timeout');
  setTimeout(() => console.log('inner timeout 0'), 0);
  setImmediate(() => console.log('inner immediate'));
  process.nextTick(() => console.log('inner nextTick'));
  Promise.resolve().then(() => console.log('inner promise'));
}, 5);
