// EventTarget memory leak warning past the max listeners, and events.setMaxListeners/getMaxListeners for targets.
const events = require('events');
process.on('warning', (w) => console.log(w.name, w.message, w.count, w.type));
const et = new EventTarget();
console.log('default max', events.getMaxListeners(et));
for (let i = 0; i < 11; i++) et.addEventListener('foo', () => {});
events.setMaxListeners(2, et);
console.log('max now', events.getMaxListeners(et));
for (let i = 0; i < 3; i++) et.addEventListener('bar', () => {});
try { events.setMaxListeners(1, {}); } catch (e) { console.log(e.code, e.message); }
try { events.getMaxListeners({}); } catch (e) { console.log(e.code, e.message); }
try { events.setMaxListeners(-1); } catch (e) { console.log(e.code, e.message); }
