// Nesting depth: default 2, custom, null, Infinity.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', util.inspect(v, opts));
const deep = { l1: { l2: { l3: { l4: { l5: 'bottom' } } } }, arr: [[[[['deep']]]]] };
show('default', deep);
show('depth 0', deep, { depth: 0 });
show('depth 1', deep, { depth: 1 });
show('depth null', deep, { depth: null });
show('depth Infinity', deep, { depth: Infinity });
show('map depth', new Map([['k', { a: { b: { c: {} } } }]]));
console.log('log uses default', deep);
