'use strict';
// node:timers
const t = require('internal/timers');

module.exports = {
  setTimeout: t.setTimeout,
  clearTimeout: t.clearTimeout,
  setImmediate: t.setImmediate,
  clearImmediate: t.clearImmediate,
  setInterval: t.setInterval,
  clearInterval: t.clearInterval,
  _unrefActive(item) { if (item && typeof item.refresh === 'function') item.refresh(); },
  active(item) { if (item && typeof item.refresh === 'function') item.refresh(); },
  unenroll(item) { t.clearTimeout(item); },
  enroll() {},
};
Object.defineProperty(module.exports, 'promises', {
  __proto__: null, enumerable: true, configurable: true,
  get() { return require('timers/promises'); },
});
