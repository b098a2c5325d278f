// EventTarget: a listener returning a rejected promise surfaces as an uncaught exception.
process.on('uncaughtException', (err) => console.log('uncaught:', err.message));
const et = new EventTarget();
et.addEventListener('x', async () => { throw new Error('async boom'); });
et.dispatchEvent(new Event('x'));
console.log('dispatched');
