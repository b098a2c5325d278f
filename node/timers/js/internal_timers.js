'use strict';
// Timeout and Immediate (Node's lib/internal/timers.js). The loop keeps the timer lists; each
// object holds the small integer of its loop handle.

const binding = internalBinding('internal/timers');

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const asyncIdSymbol = Symbol('asyncId');
const triggerAsyncIdSymbol = Symbol('triggerId');
const { internals } = internalBinding('internal/bootstrap/node');
const tickInfo = new Uint8Array(internals.tickInfo);
const { runNextTicks } = require('internal/process/task_queues');

let asyncIdCounter = 1;
function newAsyncId() { return ++asyncIdCounter; }

// Timeouts used as primitives (clearTimeout(+t)) are found by their async id.
const knownTimersById = { __proto__: null };

function lazyCodes() { return require('internal/errors').codes; }

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new (lazyCodes().ERR_INVALID_ARG_TYPE)(name, 'Function', value);
}

// Node warns about NaN and negative delays once per process, about overflow every time.
let warnedNaN = false;
let warnedNegative = false;

// Timeouts and Immediates are made by the million, so their own properties are only the string
// ones Node has; the ref state lives on the prototype until unref() shadows it, and the async id
// is given out when a timer is first used as a primitive.
class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    if (after === undefined) {
      after = 1;
    } else {
      after *= 1;
      if (!(after >= 1 && after <= TIMEOUT_MAX)) {
        warnDelay(after);
        after = 1;
      }
    }
    this._idleTimeout = after;
    this._idleStart = binding.start(this, after, isRefed);
    this._onTimeout = callback;
    if (args !== undefined) this._timerArgs = args;
    if (isRepeat) this._repeat = after;
    if (!isRefed) this[kRefed] = false;
  }

  refresh() {
    if (!this._destroyed && this._idleTimeout !== -1) {
      this._idleStart = binding.start(this, this._idleTimeout, this[kRefed]);
    }
    return this;
  }

  unref() {
    this[kRefed] = false;
    if (!this._destroyed) binding.setRef(this, false);
    return this;
  }

  ref() {
    this[kRefed] = true;
    if (!this._destroyed) binding.setRef(this, true);
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    let id = this[asyncIdSymbol];
    if (id === undefined) {
      id = this[asyncIdSymbol] = newAsyncId();
    }
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  }
}
// Defaults live on the prototype: an own property is made only when a timer differs, because
// every own property costs memory on each of possibly millions of timers.
Timeout.prototype._idlePrev = null;
Timeout.prototype._idleNext = null;
Timeout.prototype._timerArgs = undefined;
Timeout.prototype._repeat = null;
Timeout.prototype._destroyed = false;
Timeout.prototype[kRefed] = true;
Timeout.prototype[kHasPrimitive] = false;

Object.defineProperty(Timeout.prototype, Symbol.dispose, {
  __proto__: null, configurable: true, writable: true,
  value: function() { clearTimeout(this); },
});

function unenroll(timer) {
  if (timer._destroyed) return;
  timer._destroyed = true;
  if (timer[kHasPrimitive]) delete knownTimersById[timer[asyncIdSymbol]];
  binding.stop(timer);
  timer._idleTimeout = -1;
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const timerInstance = knownTimersById[timer];
    if (timerInstance !== undefined) {
      timerInstance._idleTimeout = -1;
      unenroll(timerInstance);
    }
  }
}

// Go calls this as the outermost JS call when a timer fires: the callback, then the ticks (the
// engine runs the promise jobs when this returns).
function processTimeout(timer) {
  if (timer._destroyed) return;
  if (!timer._onTimeout) {
    unenroll(timer);
    return;
  }
  const args = timer._timerArgs;
  // an interval is re-armed from when its callback began
  const start = timer._repeat ? binding.now() : undefined;
  let threw = false;
  try {
    if (args === undefined) timer._onTimeout();
    else timer._onTimeout.apply(timer, args); // apply: a spread goes through the iterator protocol
  } catch (err) {
    // With an uncaughtException handler, Node handles the error and re-enters its timer loop:
    // the next due timer runs before the microtasks the failed one queued.
    if (!hasUncaughtHandler()) throw err;
    threw = true;
    internals.fatalException(err, false);
  } finally {
    if (timer._repeat && timer._idleTimeout !== -1) {
      timer._idleTimeout = timer._repeat;
      timer._idleStart = binding.start(timer, timer._idleTimeout, timer[kRefed], start);
    } else if (!timer._destroyed && !binding.active(timer)) {
      timer._destroyed = true;
      if (timer[kHasPrimitive]) delete knownTimersById[timer[asyncIdSymbol]];
    }
  }
  if (threw) {
    binding.runNextDueTimer();
    return;
  }
  if (tickInfo[0] !== 0) runNextTicks();
}

function hasUncaughtHandler() {
  return process.listenerCount('uncaughtException') > 0 || process.hasUncaughtExceptionCaptureCallback();
}

class Immediate {
  constructor(callback, args) {
    this._onImmediate = callback;
    if (args !== undefined) this._argv = args;
    binding.immediate(this, callback, args);
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) binding.refImmediate(this, true);
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) binding.refImmediate(this, false);
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }
}
Immediate.prototype._idleNext = null;
Immediate.prototype._idlePrev = null;
Immediate.prototype._argv = undefined;
Immediate.prototype._destroyed = false;
Immediate.prototype[kRefed] = true;

Object.defineProperty(Immediate.prototype, Symbol.dispose, {
  __proto__: null, configurable: true, writable: true,
  value: function() { clearImmediate(this); },
});

function clearImmediate(immediate) {
  if (immediate === null || typeof immediate !== 'object' || immediate._destroyed) return;
  immediate._destroyed = true;
  immediate._onImmediate = null;
  binding.clearImmediate(immediate);
}

binding.setCallbacks(processTimeout);

// setTimeout, setInterval and setImmediate are Go functions (binding.makeTimerFunctions): they
// see their arguments without JS having to build an array for each call.
function throwBadCallback(callback) {
  throw new (lazyCodes().ERR_INVALID_ARG_TYPE)('callback', 'Function', callback);
}

// Warnings for delays Node replaces by 1 (the Go side has coerced the delay already).
function warnDelay(after) {
  if (after > TIMEOUT_MAX) {
    process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
      '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
  } else if (after < 0) {
    if (!warnedNegative) {
      warnedNegative = true;
      process.emitWarning(`${after} is a negative number.` +
        '\nTimeout duration was set to 1.', 'TimeoutNegativeWarning');
    }
  } else if (after !== after) {
    if (!warnedNaN) {
      warnedNaN = true;
      process.emitWarning(`${after} is not a number.` +
        '\nTimeout duration was set to 1.', 'TimeoutNaNWarning');
    }
  }
}

// The dispatcher of immediates made by setImmediate: their callback and arguments stay in Go.
function processImmediate(immediate) {
  if (immediate._destroyed) return;
  immediate._destroyed = true;
  immediate._onImmediate = null;
  binding.callImmediate();
  if (tickInfo[0] !== 0) runNextTicks();
}

const { setTimeout, setInterval, setImmediate } = binding.makeTimerFunctions(
  Timeout.prototype, Immediate.prototype, throwBadCallback, warnDelay, processImmediate);

// util.promisify(setTimeout) and util.promisify(setImmediate) give the timers/promises versions
const customPromisify = Symbol.for('nodejs.util.promisify.custom');
for (const [fn, name] of [[setTimeout, 'setTimeout'], [setImmediate, 'setImmediate']]) {
  Object.defineProperty(fn, customPromisify, {
    __proto__: null, enumerable: true, configurable: true,
    get() { return require('timers/promises')[name]; },
  });
}


function clearInterval(timer) {
  if (timer && timer._idleTimeout !== undefined && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  clearTimeout(timer);
}

module.exports = {
  Timeout, Immediate, TIMEOUT_MAX, kRefed, kHasPrimitive, asyncIdSymbol, triggerAsyncIdSymbol,
  setTimeout, setInterval, setImmediate, clearTimeout, clearInterval, clearImmediate, newAsyncId,
  validateFunction,
};
