// node:module: createRequire, wrap, _nodeModulePaths, _extensions, Module class basics.

const Module = require('module');
const { createRequire } = Module;
const req = createRequire(__dirname + '/fixtures/');
console.log(req('./a').name);
const req2 = createRequire(require('url').pathToFileURL(__filename));
console.log(req2('./fixtures/a').name);
try { createRequire('relative/path'); } catch (e) { console.log(e.code); }
console.log(JSON.stringify(Module.wrap('return 1')));
console.log(Module._nodeModulePaths('/a/b/node_modules/c').join(' '));
console.log(Object.keys(Module._extensions).join(' '));
console.log(typeof Module._load, typeof Module._resolveFilename, typeof Module._findPath);
console.log(Module === module.constructor, module instanceof Module);
console.log(Module.Module === Module);
