// node:async_hooks exports and a few constants.
const ah = require('async_hooks');
console.log(Object.keys(ah).sort().join(','));
console.log('top-level ids:', ah.executionAsyncId(), ah.triggerAsyncId());
console.log('executionAsyncResource is an object:', typeof ah.executionAsyncResource());
console.log('providers:', Object.keys(ah.asyncWrapProviders).length, ah.asyncWrapProviders.NONE, ah.asyncWrapProviders.TCPWRAP, ah.asyncWrapProviders.PROMISE);
console.log('frozen:', Object.isFrozen(ah.asyncWrapProviders), Object.getPrototypeOf(ah.asyncWrapProviders));
console.log('same module via node:', require('node:async_hooks') === ah);
console.log('AsyncResource.prototype:', Object.getOwnPropertyNames(ah.AsyncResource.prototype).join(','));
