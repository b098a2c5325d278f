// A package outside node_modules requiring itself by name through its exports (and import from ESM).

const r = require('./fixtures/selfpkg');
console.log(r.util, r.resolved);
import('./fixtures/selfpkg/esm.mjs').then((m) => console.log('esm:', m.default));
try { require('selfpkg'); } catch (e) { console.log('outside the package:', e.code); }
