// Ticks and microtasks queued in beforeExit run; a nextTick queued in an exit listener does not.
let once = false;
process.on('beforeExit', () => {
  if (once) return;
  once = true;
  process.nextTick(() => console.log('tick from beforeExit'));
  queueMicrotask(() => console.log('microtask from beforeExit'));
});
process.on('exit', () => {
  process.nextTick(() => console.log('tick from exit (should not run)'));
  console.log('exit');
});
