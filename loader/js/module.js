'use strict';
// node:module
const { Module } = require('internal/modules/cjs/loader');
const rtb = internalBinding('internal/bootstrap/node');
Module.builtinModules = rtb.builtinIDs().sort();
// Builtin namespaces read their CommonJS exports live, so there is nothing to sync.
Module.syncBuiltinESMExports = function syncBuiltinESMExports() {};
module.exports = Module;
