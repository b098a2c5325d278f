// "type": "module" makes .js files ES modules; .cjs stays CommonJS; require() of such .js gives its namespace.

const ns = require('./fixtures/typed/mod.js');
console.log(ns.typed);
console.log(require('./fixtures/typed/legacy.cjs'));
import('./fixtures/typed/mod.js').then((m) => console.log('import', m.typed, m === ns));
