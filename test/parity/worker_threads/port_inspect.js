// util.inspect of a MessagePort in Node's form: active/refed, then the port's own internals
// (listener map, max-listener fields, handlers, hooks), at the default depth and depth 0, with an
// onmessage handler, and a bare prototype object; plus eventNames() and the listener counts those imply.
const util = require('util');
const { port1, port2 } = new MessageChannel();
console.log(util.inspect(port1));
console.log(util.inspect(port1, { depth: 0 }));
console.log(util.inspect({ p: port1 }, { depth: 0 }));
console.log(port1.eventNames(), port1.listenerCount('newListener'), port1.listenerCount('message'));
port1.onmessage = () => {};
console.log(util.inspect(port1));
port1.onmessage = null;
port1.close();
setImmediate(() => {
  console.log(util.inspect(Object.create(port2.constructor.prototype)));
});
