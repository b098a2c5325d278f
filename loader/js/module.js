'use strict';
// node:module
const { Module } = require('internal/modules/cjs/loader');
const rtb = internalBinding('internal/bootstrap/node');
Module.builtinModules = rtb.builtinIDs().sort();
Module.syncBuiltinESMExports = function syncBuiltinESMExports() {
  require('internal/modules/esm/loader').syncBuiltinESMExports();
};
module.exports = Module;
