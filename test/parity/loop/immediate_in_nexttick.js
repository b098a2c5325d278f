// Timers and immediates scheduled from microtasks of the main module (immediate vs the ordering
// among themselves only).
process.nextTick(() => setImmediate(() => console.log('immediate from tick')));
Promise.resolve().then(() => setImmediate(() => console.log('immediate from promise')));
setImmediate(() => console.log('immediate from main'));
queueMicrotask(() => setImmediate(() => console.log('immediate from microtask')));
