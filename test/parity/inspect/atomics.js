// The Atomics namespace.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', util.inspect(v, opts));
show('Atomics tag', Object.prototype.toString.call(Atomics));
show('Atomics', Atomics);
