// `this` at a module's top level is its exports object.
console.log(JSON.stringify(require('./fixtures/cjs_this_exports')));
