// Iterators, generator objects, and object wrappers.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', util.inspect(v, opts));
function* g() { yield 1; }
show('generator object', g());
show('array iterator', [1, 2][Symbol.iterator]());
show('string iterator', 'ab'[Symbol.iterator]());
show('entries', Object.entries({ a: 1 }));
show('module-like', { __proto__: null, [Symbol.toStringTag]: 'Module', x: 1 });
