// Inside an immediate: once the 1ms of setTimeout(0) has surely passed, the next loop turn
// runs the timer (timers phase) before the new immediate (check phase).
setImmediate(() => {
  setImmediate(() => console.log('immediate'));
  setTimeout(() => console.log('timeout'), 0);
  const end = Date.now() + 20;
  while (Date.now() < end);
  console.log('busy wait done');
});
