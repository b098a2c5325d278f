// The module wrapper: arguments, this, __filename/__dirname, exports vs module.exports.

console.log(JSON.stringify(require('./fixtures/wrapper_info')));
console.log(JSON.stringify(require('./fixtures/exports_reassign')));
console.log(typeof require, typeof module, typeof exports, typeof __filename, typeof __dirname);
console.log(this === module.exports, arguments.length);
console.log(module.id, module.loaded, module.parent, require.main === module);
console.log(module.filename === __filename, module.paths[0] === __dirname + '/node_modules');
