// node:test and node:test/reporters exist only with the node: scheme.
const m = require('module');
console.log(m.isBuiltin('node:test'), m.isBuiltin('test'), m.isBuiltin('node:test/reporters'), m.isBuiltin('test/reporters'));
console.log(m.builtinModules.includes('node:test'), m.builtinModules.includes('test'));
try { require('test'); } catch (e) { console.log(e.code); }
try { require('test/reporters'); } catch (e) { console.log(e.code); }
const r = require('node:test/reporters');
console.log(Object.keys(r).sort().join(','), typeof r.spec, typeof r.tap, typeof r.dot);
console.log(Object.keys(require('node:test')).sort().join(','));
