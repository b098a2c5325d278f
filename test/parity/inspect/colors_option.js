// The colors option produces ANSI styles.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', util.inspect(v, opts));
const esc = (s) => JSON.stringify(s);
console.log(esc(util.inspect({ n: 1, s: 'str', b: true, u: undefined, nl: null, sy: Symbol('x'), d: new Date(0), r: /x/ }, { colors: true })));
console.log(esc(util.inspect([1n, 'a'], { colors: true })));
console.log(Object.keys(util.inspect.colors).length > 10, util.inspect.styles.string);
