// Circular requires return the partial exports of the module still loading.

const a = require('./fixtures/cycle_a');
const b = require('./fixtures/cycle_b');
console.log('main: a.loaded =', a.loaded, 'b.loaded =', b.loaded);
