// When a dynamic import() evaluates: after synchronous code, nextTicks and a few microtask turns, before timers.

setImmediate(() => console.log('immediate'));
setTimeout(() => console.log('timeout'), 0);
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('micro1')).then(() => console.log('micro2')).then(() => console.log('micro3')).then(() => console.log('micro4'));
import('./fixtures/esm_order_3.mjs').then(() => console.log('imported'));
console.log('sync');
