// EventTarget: an error thrown by a listener with no uncaughtException handler ends the process (exit 1).
const et = new EventTarget();
et.addEventListener('x', () => { throw new TypeError('listener failed'); });
et.dispatchEvent(new Event('x'));
console.log('dispatch finished');
