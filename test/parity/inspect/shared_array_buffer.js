// SharedArrayBuffer.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', util.inspect(v, opts));
show('SharedArrayBuffer', new SharedArrayBuffer(2));
