// addEventListener with null: no effect, an AddEventListenerArgumentTypeWarning.
process.on('warning', (w) => console.log('warning', w.name, w.message, w.type));
const et = new EventTarget();
et.addEventListener('x', null);
et.addEventListener('x', undefined);
et.removeEventListener('x', null);
console.log('dispatch', et.dispatchEvent(new Event('x')));
