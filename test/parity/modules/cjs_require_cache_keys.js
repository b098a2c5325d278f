// require.cache keys are absolute resolved filenames; the main module is cached too.
require('./fixtures/a');
const keys = Object.keys(require.cache).map((k) => k.slice(__dirname.length));
console.log(keys.sort().join(' '));
