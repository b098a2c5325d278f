// Listeners removed during a dispatch are skipped; listeners added during a dispatch run in the same dispatch.
const et = new EventTarget();
const log = [];
const b = () => log.push('b');
const c = () => log.push('c');
et.addEventListener('x', () => { log.push('a'); et.removeEventListener('x', b); et.addEventListener('x', c); });
et.addEventListener('x', b);
et.dispatchEvent(new Event('x'));
console.log(log.join(','));
log.length = 0;
et.dispatchEvent(new Event('x'));
console.log(log.join(','));
