// A real stack (frames in this file only) through inspect.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', util.inspect(v, opts));
function make() { return new Error('real'); }
const e = make();
console.log(util.inspect(e));
console.log(util.inspect({ nested: e }));
