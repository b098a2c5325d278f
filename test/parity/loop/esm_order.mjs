// In an ES module the main body runs inside a promise job: promises queued by it run before
// nextTicks, the reverse of CommonJS.
const log = (s) => console.log(s);
setImmediate(() => log('immediate'));
process.nextTick(() => log('nextTick'));
Promise.resolve().then(() => log('promise'));
queueMicrotask(() => log('microtask'));
log('sync');
