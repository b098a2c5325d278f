// node:sea outside a single-executable application: isSea() is false, the asset functions throw.
const sea = require('node:sea');
console.log(Object.keys(sea).join(','), sea.isSea());
for (const [name, args] of [['getAsset', ['a']], ['getRawAsset', ['a']], ['getAssetAsBlob', ['a']], ['getAssetKeys', []], ['getAsset', [1]], ['getAsset', ['a', 5]]]) {
  try { sea[name](...args); console.log(name, 'returned'); } catch (e) { console.log(name, e.name, e.code, e.message); }
}
try { require('sea'); } catch (e) { console.log(e.code); }
console.log(require('module').isBuiltin('node:sea'), require('module').isBuiltin('sea'));
