// Tests start after the main module, its ticks and microtasks; timers come after the first test.
const { test } = require('node:test');
console.log('a');
test('one', () => { console.log('in one'); });
console.log('b');
Promise.resolve().then(() => console.log('micro'));
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('tick'));
