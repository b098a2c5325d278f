// Symbol-keyed accessors and non-enumerable accessors.
const util = require('util');
const s = Symbol('acc');
const o = { get [s]() { return 1; }, set [Symbol('set')](v) {} };
Object.defineProperty(o, 'hiddenGetter', { get() { return 2; }, enumerable: false });
console.log(util.inspect(o));
console.log(util.inspect(o, { showHidden: true, getters: true }));
