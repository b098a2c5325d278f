// Builtins by bare name and node: scheme, node:-only builtins, and unknown node: names.
function show(label, fn) {
  try {
    const v = fn();
    console.log(label, typeof v === 'string' ? v : JSON.stringify(v));
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}

show('fs===node:fs', () => require('fs') === require('node:fs'));
show('path===node:path', () => require('path') === require('node:path'));
show('node:test', () => typeof require('node:test'));
show('test', () => require('test'));
show('node:nope', () => require('node:nope'));
const m = require('module');
show('isBuiltin', () => [m.isBuiltin('fs'), m.isBuiltin('node:fs'), m.isBuiltin('node:test'), m.isBuiltin('test'), m.isBuiltin('fs/promises'), m.isBuiltin('nope')]);
show('builtinModules has fs', () => m.builtinModules.includes('fs'));
show('builtinModules has node:test', () => m.builtinModules.includes('node:test'));
