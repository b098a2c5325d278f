// module.children, module.parent (deprecated getter), module.loaded after load.

require('./fixtures/a');
require('./fixtures/dir');
console.log(module.children.map((m) => m.id.slice(__dirname.length)).join(' '));
const child = module.children[0];
console.log(child.parent === module, child.loaded, module.loaded);
setImmediate(() => console.log('later, main loaded:', module.loaded));
