// A builtin name wins over a same-named package in node_modules; a trailing slash reaches the package.
console.log(require('events') === require('node:events'));
try { console.log(require.resolve('events/').slice(__dirname.length)); } catch (e) { console.log(e.code); }
