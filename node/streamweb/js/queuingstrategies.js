'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy. Served as
// internal/webstreams/queuingstrategies.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_MISSING_OPTION,
  },
} = require('internal/errors');
const { kState, kType, customInspectSymbol, customInspect, defineWebIDL } =
  require('internal/webstreams/util');

// The spec has one size function per realm for each strategy.
// Arrow functions: no prototype, not constructors.
const byteSizeFunction = Object.defineProperty((chunk) => chunk.byteLength,
                                               'name', { __proto__: null, value: 'size' });
const countSizeFunction = Object.defineProperty(() => 1, 'name', { __proto__: null, value: 'size' });

function readInit(init) {
  if (init === null || typeof init !== 'object') throw new ERR_INVALID_ARG_TYPE('init', 'Object', init);
  if (init.highWaterMark === undefined) throw new ERR_MISSING_OPTION('init.highWaterMark');
  return +init.highWaterMark;
}

class ByteLengthQueuingStrategy {
  constructor(init) {
    const highWaterMark = readInit(init);
    this[kType] = 'ByteLengthQueuingStrategy';
    this[kState] = { highWaterMark };
  }

  get highWaterMark() {
    if (this?.[kType] !== 'ByteLengthQueuingStrategy') throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    return this[kState].highWaterMark;
  }

  get size() {
    if (this?.[kType] !== 'ByteLengthQueuingStrategy') throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    return byteSizeFunction;
  }

  [customInspectSymbol](depth, options) {
    return customInspect.call(this, depth, options, this[kType], {
      highWaterMark: this[kState].highWaterMark,
    });
  }
}

class CountQueuingStrategy {
  constructor(init) {
    const highWaterMark = readInit(init);
    this[kType] = 'CountQueuingStrategy';
    this[kState] = { highWaterMark };
  }

  get highWaterMark() {
    if (this?.[kType] !== 'CountQueuingStrategy') throw new ERR_INVALID_THIS('CountQueuingStrategy');
    return this[kState].highWaterMark;
  }

  get size() {
    if (this?.[kType] !== 'CountQueuingStrategy') throw new ERR_INVALID_THIS('CountQueuingStrategy');
    return countSizeFunction;
  }

  [customInspectSymbol](depth, options) {
    return customInspect.call(this, depth, options, this[kType], {
      highWaterMark: this[kState].highWaterMark,
    });
  }
}

ByteLengthQueuingStrategy.prototype[kType] = undefined;
CountQueuingStrategy.prototype[kType] = undefined;
defineWebIDL(ByteLengthQueuingStrategy, 'ByteLengthQueuingStrategy', ['highWaterMark', 'size']);
defineWebIDL(CountQueuingStrategy, 'CountQueuingStrategy', ['highWaterMark', 'size']);

module.exports = { ByteLengthQueuingStrategy, CountQueuingStrategy };
