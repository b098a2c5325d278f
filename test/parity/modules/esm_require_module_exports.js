// require() of an ES module that exports the name 'module.exports' returns that value instead of
// the namespace, and a package's "module-sync" condition picks the ES module for require()
// (Node 24), as generator-function, used by koa, relies on.
'use strict';
const fn = require('pkg-module-sync');
console.log(typeof fn, fn.name, fn());
console.log(require('pkg-module-sync') === fn);
import('pkg-module-sync').then((ns) => {
  console.log(Object.keys(ns).sort().join(','), ns.default === fn, ns['module.exports'] === fn);
});
