'use strict';
// once(fn): fn runs at most once.

function once(callback) {
  let called = false;
  return function(...args) {
    if (called) return;
    called = true;
    return Reflect.apply(callback, this, args);
  };
}

module.exports = { once };
