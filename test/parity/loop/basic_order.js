// Main module: sync, nextTick, promise, queueMicrotask, then timers/immediates.
const log = (s) => console.log(s);
setImmediate(() => log('immediate'));
Promise.resolve().then(() => log('promise 1'));
process.nextTick(() => log('nextTick 1'));
queueMicrotask(() => log('microtask 1'));
Promise.resolve().then(() => log('promise 2'));
process.nextTick(() => log('nextTick 2'));
log('sync');
