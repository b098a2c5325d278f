// util.format and util.formatWithOptions.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', util.inspect(v, opts));
console.log(util.format('%s=%d', 'a', 1, 'rest', { o: 1 }));
console.log(util.format(1, 2, '3'));
console.log(util.format('%o', [1]));
console.log(util.format());
console.log(util.format('%s', Object.create(null)));
console.log(util.formatWithOptions({ compact: false }, '%O', { a: { b: 1 } }));
console.log(util.formatWithOptions({ depth: 0 }, { a: { b: 1 } }));
console.log(JSON.stringify(util.format('%s', 'no newline')));
