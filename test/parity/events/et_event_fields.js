// Event fields and constants: defaults, options, isTrusted, timeStamp type, initEvent, srcElement, property shape.
const e = new Event('x', { bubbles: true, cancelable: true, composed: true });
console.log(e.type, e.bubbles, e.cancelable, e.composed, e.isTrusted, e.defaultPrevented, e.eventPhase, e.target, e.srcElement);
console.log(typeof e.timeStamp, e.timeStamp >= 0);
const d = new Event('y');
console.log(d.bubbles, d.cancelable, d.composed, d.returnValue);
d.initEvent('z', true, true);
console.log('initEvent', d.type, d.bubbles, d.cancelable);
console.log(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, 'NONE' in Event.prototype);
console.log(Object.keys(Event.prototype));
console.log(Object.getOwnPropertyNames(EventTarget.prototype), Object.keys(EventTarget.prototype));
console.log(Object.keys(new Event('k')), Object.getOwnPropertyNames(new Event('k')));
const ac = new AbortController();
ac.signal.addEventListener('abort', (ev) => console.log('abort event trusted', ev.isTrusted, ev instanceof Event));
ac.abort();
