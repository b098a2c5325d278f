// EventTarget: an error thrown by a listener reaches uncaughtException on the next tick; later listeners still run.
process.on('uncaughtException', (err) => console.log('uncaught:', err.message));
const et = new EventTarget();
et.addEventListener('x', () => { throw new Error('boom'); });
et.addEventListener('x', () => console.log('second listener ran'));
console.log('dispatch returned', et.dispatchEvent(new Event('x')));
process.nextTick(() => console.log('tick after dispatch'));
console.log('sync end');
