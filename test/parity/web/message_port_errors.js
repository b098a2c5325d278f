// MessagePort and MessageChannel errors: constructor, missing argument, uncloneable data.
const { port1, port2 } = new MessageChannel();
const t = (label, f) => { try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); } };
t('new MessagePort', () => new MessagePort());
t('postMessage()', () => port1.postMessage());
t('function', () => port1.postMessage(() => 1));
t('post after close', () => { port1.close(); port1.postMessage('dropped'); });
console.log(Object.getPrototypeOf(MessagePort.prototype) === EventTarget.prototype, port1 instanceof EventTarget);
console.log(typeof port1.on, typeof port1.once, typeof port1.emit);
