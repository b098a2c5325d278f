'use strict';
// node:dns/promises.

const d = require('internal/dns');

module.exports = {
  lookup: d.lookupPromise,
  lookupService: d.lookupServicePromise,
  Resolver: d.PromiseResolver,
  getDefaultResultOrder: d.getDefaultResultOrder,
  setDefaultResultOrder: d.setDefaultResultOrder,
  setServers: d.setServers,
  ...d.codes,
};

d.bindDefaultResolver(module.exports, d.PromiseResolver.prototype);
