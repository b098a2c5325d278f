'use strict';
// node:dns, the callback API (internal/dns has the machinery).

const d = require('internal/dns');

let promises = null;

module.exports = {
  lookup: d.lookup,
  lookupService: d.lookupService,
  Resolver: d.CallbackResolver,
  getDefaultResultOrder: d.getDefaultResultOrder,
  setDefaultResultOrder: d.setDefaultResultOrder,
  setServers: d.setServers,
  ADDRCONFIG: d.AI_ADDRCONFIG,
  ALL: d.AI_ALL,
  V4MAPPED: d.AI_V4MAPPED,
  ...d.codes,
};

d.bindDefaultResolver(module.exports, d.CallbackResolver.prototype);

Object.defineProperties(module.exports, {
  promises: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      promises ??= require('dns/promises');
      return promises;
    },
  },
});
