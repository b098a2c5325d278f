// The store follows process.nextTick (with arguments) and queueMicrotask, and each tick keeps
// its own store even when they run back to back.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
als.run('tick-1', () => process.nextTick((a, b) => console.log('nextTick:', als.getStore(), a, b), 1, 2));
als.run('tick-2', () => process.nextTick(() => {
  console.log('nextTick 2:', als.getStore());
  process.nextTick(() => console.log('tick queued in a tick:', als.getStore()));
}));
process.nextTick(() => console.log('tick outside run:', als.getStore()));
als.run('micro', () => queueMicrotask(() => {
  console.log('queueMicrotask:', als.getStore());
  queueMicrotask(() => console.log('nested microtask:', als.getStore()));
}));
queueMicrotask(() => console.log('microtask outside run:', als.getStore()));
