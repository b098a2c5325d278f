// require.cache: a module loads once; deleting its entry makes the next require load it again.

const p = require.resolve('./fixtures/counter');
console.log(require('./fixtures/counter').loads, require('./fixtures/counter').loads);
console.log(p in require.cache, require.cache[p].loaded, require.cache[p].id === p);
delete require.cache[p];
console.log(require('./fixtures/counter').loads);
console.log(require.cache === require('module')._cache);
