// Property order, accessors on prototypes, frozen and sealed.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', util.inspect(v, opts));
show('order', { b: 1, a: 2, 2: 'two', 1: 'one', [Symbol('s')]: 3 });
show('frozen', Object.freeze({ f: 1 }));
show('sealed', Object.seal({ s: 1 }));
show('nested empty', { a: {}, b: [], c: new Map(), d: new Set() });
show('object with many keys', Object.fromEntries(Array.from({ length: 30 }, (_, i) => ['key' + i, i])));
