// util.inspect of AbortController and AbortSignal, and their property shape.
const util = require('util');
const ac = new AbortController();
console.log(util.inspect(ac));
console.log(util.inspect(ac.signal));
ac.abort();
console.log(util.inspect(ac), util.inspect(ac, { depth: 0 }));
console.log(util.inspect({ s: AbortSignal.abort() }, { depth: -1 }));
console.log(Object.prototype.toString.call(ac), Object.prototype.toString.call(ac.signal));
console.log(Object.keys(AbortSignal.prototype), Object.keys(AbortController.prototype));
console.log(Object.getOwnPropertyNames(AbortSignal).sort(), Object.keys(ac), Object.keys(ac.signal));
