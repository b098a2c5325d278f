// Objects and arrays with a null prototype.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', util.inspect(v, opts));
const o = Object.create(null);
o.a = 1;
show('object', o);
show('empty', Object.create(null));
const arr = Object.setPrototypeOf([1, 2], null);
show('array', arr);
class K {}
const k = new K();
Object.setPrototypeOf(k, null);
show('instance', k);
const m = Object.setPrototypeOf(new Map([[1, 2]]), null);
show('map', m);
