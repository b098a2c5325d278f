// events.getEventListeners and events.listenerCount on EventTargets.
const events = require('events');
const et = new EventTarget();
const f = () => {};
const h = { handleEvent() {} };
et.addEventListener('x', f);
et.addEventListener('x', h);
et.addEventListener('x', f, { capture: true });
console.log(events.getEventListeners(et, 'x'));
console.log('count', events.listenerCount(et, 'x'), events.listenerCount(et, 'y'));
console.log('none', events.getEventListeners(et, 'y'));
try { events.getEventListeners({}, 'x'); } catch (e) { console.log(e.code, e.message); }
const ee = new events.EventEmitter();
ee.on('x', f);
console.log('emitter', events.getEventListeners(ee, 'x'));
