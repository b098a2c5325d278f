'use strict';
// node:timers (Node 24 removed enroll, unenroll, active and _unrefActive)
const t = require('internal/timers');

module.exports = {
  setTimeout: t.setTimeout,
  clearTimeout: t.clearTimeout,
  setImmediate: t.setImmediate,
  clearImmediate: t.clearImmediate,
  setInterval: t.setInterval,
  clearInterval: t.clearInterval,
};
Object.defineProperty(module.exports, 'promises', {
  __proto__: null, enumerable: true, configurable: true,
  get() { return require('timers/promises'); },
});
