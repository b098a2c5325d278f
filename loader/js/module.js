'use strict';
// node:module
const { Module } = require('internal/modules/cjs/loader');
const rtb = internalBinding('internal/bootstrap/node');
{
  // Node lists the builtins that exist only with the scheme (node:test) after the sorted others.
  const ids = rtb.builtinIDs();
  Module.builtinModules = [...ids.filter((id) => !id.startsWith('node:')).sort(),
    ...ids.filter((id) => id.startsWith('node:')).sort()];
}
Module.syncBuiltinESMExports = function syncBuiltinESMExports() {
  require('internal/modules/esm/loader').syncBuiltinESMExports();
};
module.exports = Module;
