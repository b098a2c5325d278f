// require.main from the main module and from a child.

console.log(require.main === module, JSON.stringify(require('./fixtures/main_info')));
console.log(process.mainModule === module);
