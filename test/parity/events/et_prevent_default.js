// Event: preventDefault only counts for cancelable events; returnValue, cancelBubble and dispatchEvent's return value.
const et = new EventTarget();
et.addEventListener('a', (e) => e.preventDefault());
const a = new Event('a');
console.log('not cancelable', et.dispatchEvent(a), a.defaultPrevented, a.returnValue);
const b = new Event('a', { cancelable: true });
console.log('cancelable', et.dispatchEvent(b), b.defaultPrevented, b.returnValue);
const c = new Event('c', { cancelable: true });
c.returnValue = false;
console.log('returnValue=false', c.defaultPrevented, c.returnValue);
const d = new Event('d');
console.log('cancelBubble', d.cancelBubble);
d.cancelBubble = true;
console.log('cancelBubble set', d.cancelBubble);
d.cancelBubble = false;
console.log('cannot unset', d.cancelBubble);
const e = new Event('e');
e.stopPropagation();
console.log('stopPropagation', e.cancelBubble);
