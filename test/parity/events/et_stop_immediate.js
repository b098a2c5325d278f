// Event: stopImmediatePropagation stops later listeners of the same dispatch; stopPropagation does not.
const et = new EventTarget();
et.addEventListener('x', (e) => { console.log('one'); e.stopImmediatePropagation(); });
et.addEventListener('x', () => console.log('two (must not run)'));
et.dispatchEvent(new Event('x'));
et.addEventListener('y', (e) => { console.log('y one'); e.stopPropagation(); });
et.addEventListener('y', () => console.log('y two'));
et.dispatchEvent(new Event('y'));
