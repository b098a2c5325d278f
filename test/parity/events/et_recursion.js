// dispatchEvent of an event that is being dispatched throws ERR_EVENT_RECURSION (only during the first listener, as in Node).
const et = new EventTarget();
const ev = new Event('x');
et.addEventListener('x', () => {
  try { et.dispatchEvent(ev); } catch (e) { console.log(e.name, e.code, e.message); }
});
et.dispatchEvent(ev);
console.log('redispatch after', et.dispatchEvent(ev));
