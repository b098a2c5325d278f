// Async generator functions and their objects.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', util.inspect(v, opts));
show('async generator', async function* agen() {});
show('async generator object', (async function* ag() {})());
