// Checks util.inspect of the new objects.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
const util = require('util');
console.log(util.inspect(new WeakRef({ a: 1 })));
console.log(util.inspect(Object.groupBy([1, 2], (x) => x % 2)));
console.log(util.inspect([1, 2].values().map((x) => x)));
console.log(util.inspect(new DisposableStack()));
console.log(util.inspect(new SuppressedError(1, 2, 'm').message));
