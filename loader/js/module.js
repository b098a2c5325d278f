'use strict';
// node:module
const { Module } = require('internal/modules/cjs/loader');
const rtb = internalBinding('internal/bootstrap/node');
Module.builtinModules = rtb.builtinIDs().sort();
module.exports = Module;
