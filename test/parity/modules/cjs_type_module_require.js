// require() of a .js file in a "type": "module" scope that uses CommonJS globals: the ESM ReferenceError with Node's hint.

try {
  require('./fixtures/typed/uses_require.js');
  console.log('loaded', require('./fixtures/typed/uses_require.js'));
} catch (e) {
  console.log(e.name, e.message.replace(__dirname, '<HERE>'));
}
