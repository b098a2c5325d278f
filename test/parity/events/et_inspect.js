// util.inspect of EventTarget, Event (without timeStamp), CustomEvent and subclasses.
const util = require('util');
console.log(util.inspect(new EventTarget()));
class MyTarget extends EventTarget {}
console.log(util.inspect(new MyTarget()));
console.log(util.inspect({ nested: { deeper: new EventTarget() } }, { depth: 0 }));
const e = new CustomEvent('c', { detail: { a: 1 } });
console.log(Object.prototype.toString.call(e), Object.prototype.toString.call(new EventTarget()), Object.prototype.toString.call(new Event('x')));
console.log(util.inspect(new Event('x')).replace(/timeStamp: [\d.]+/, 'timeStamp: <T>'));
console.log(util.inspect(e, { depth: 0 }).replace(/timeStamp: [\d.]+/, 'timeStamp: <T>'));
console.log('detail', e.detail, new CustomEvent('d').detail);
