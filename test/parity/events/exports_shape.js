// node:events exports: names and order, and the functions added for EventTargets and async use.
const events = require('events');
console.log(Object.keys(events));
console.log(Object.getOwnPropertyNames(events));
for (const k of ['once', 'on', 'addAbortListener', 'getEventListeners', 'getMaxListeners', 'setMaxListeners', 'listenerCount']) {
  console.log(k, typeof events[k], events[k].name, events[k].length);
}
console.log(typeof events.EventTarget, typeof events.Event, events.defaultMaxListeners, events.captureRejections);
const d = Object.getOwnPropertyDescriptor(events, 'defaultMaxListeners');
console.log(typeof d.get, d.enumerable, d.configurable);
