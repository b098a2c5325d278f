'use strict';
// Timeout and Immediate (Node's lib/internal/timers.js). The loop keeps the timer lists; each
// object holds the small integer of its loop handle.

const binding = internalBinding('internal/timers');

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const asyncIdSymbol = Symbol('asyncId');
const triggerAsyncIdSymbol = Symbol('triggerId');
const kHandle = Symbol('kHandle');

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

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    if (after === undefined) {
      after = 1;
    } else {
      after *= 1;
      if (!(after >= 1 && after <= TIMEOUT_MAX)) {
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
        after = 1;
      }
    }
    this._idleTimeout = after;
    this._idlePrev = null;
    this._idleNext = null;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[asyncIdSymbol] = newAsyncId();
    this[triggerAsyncIdSymbol] = 1;
    Object.defineProperty(this, kHandle, { __proto__: null, value: binding.newTimer(this), writable: true });
    this._idleStart = binding.start(this[kHandle], after, isRefed);
  }

  refresh() {
    if (!this._destroyed && this._idleTimeout !== -1) {
      this._idleStart = binding.start(this[kHandle], this._idleTimeout, this[kRefed]);
    }
    return this;
  }

  unref() {
    this[kRefed] = false;
    if (!this._destroyed) binding.setRef(this[kHandle], false);
    return this;
  }

  ref() {
    this[kRefed] = true;
    if (!this._destroyed) binding.setRef(this[kHandle], true);
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
    const id = this[asyncIdSymbol];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  }
}

Object.defineProperty(Timeout.prototype, Symbol.dispose, {
  __proto__: null, configurable: true, writable: true,
  value: function() { clearTimeout(this); },
}) ;

function unenroll(timer) {
  if (timer._destroyed) return;
  timer._destroyed = true;
  if (timer[kHasPrimitive]) delete knownTimersById[timer[asyncIdSymbol]];
  binding.free(timer[kHandle]);
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

// Called by Go (through the callback trampoline) when a timer fires.
function processTimeout(timer) {
  if (timer._destroyed) return;
  if (!timer._onTimeout) {
    unenroll(timer);
    return;
  }
  const args = timer._timerArgs;
  try {
    if (args === undefined) timer._onTimeout();
    else timer._onTimeout(...args);
    // (called as a method, so `this` is the Timeout, as in Node)
  } finally {
    if (timer._repeat && timer._idleTimeout !== -1) {
      timer._idleTimeout = timer._repeat;
      timer._idleStart = binding.start(timer[kHandle], timer._idleTimeout, timer[kRefed]);
    } else if (!timer._destroyed && !isActive(timer)) {
      timer._destroyed = true;
      if (timer[kHasPrimitive]) delete knownTimersById[timer[asyncIdSymbol]];
      binding.free(timer[kHandle]);
    }
  }
}

// A timeout refreshed inside its own callback is armed again and must not be freed.
function isActive(timer) {
  return binding.active(timer[kHandle]);
}

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = true;
    this[asyncIdSymbol] = newAsyncId();
    this[triggerAsyncIdSymbol] = 1;
    Object.defineProperty(this, kHandle, { __proto__: null, value: binding.immediate(this, true), writable: true });
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) binding.refImmediate(this[kHandle], true);
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) binding.refImmediate(this[kHandle], false);
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }
}

Object.defineProperty(Immediate.prototype, Symbol.dispose, {
  __proto__: null, configurable: true, writable: true,
  value: function() { clearImmediate(this); },
});

function processImmediate(immediate) {
  if (immediate._destroyed) return;
  immediate._destroyed = true;
  const cb = immediate._onImmediate;
  immediate._onImmediate = null;
  const argv = immediate._argv;
  if (argv === undefined) cb.call(immediate);
  else cb.apply(immediate, argv);
}

function clearImmediate(immediate) {
  if (immediate === null || typeof immediate !== 'object' || immediate._destroyed) return;
  immediate._destroyed = true;
  immediate._onImmediate = null;
  binding.clearImmediate(immediate[kHandle]);
}

binding.setCallbacks(processTimeout, processImmediate);

function setTimeout(callback, after, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  switch (arguments.length) {
    case 0: case 1: case 2: break;
    case 3: args = [arg1]; break;
    case 4: args = [arg1, arg2]; break;
    default:
      args = [arg1, arg2, arg3];
      for (let i = 5; i < arguments.length; i++) args[i - 2] = arguments[i];
  }
  return new Timeout(callback, after, args, false, true);
}

function setInterval(callback, repeat, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  switch (arguments.length) {
    case 0: case 1: case 2: break;
    case 3: args = [arg1]; break;
    case 4: args = [arg1, arg2]; break;
    default:
      args = [arg1, arg2, arg3];
      for (let i = 5; i < arguments.length; i++) args[i - 2] = arguments[i];
  }
  return new Timeout(callback, repeat, args, true, true);
}

function clearInterval(timer) {
  if (timer && timer._idleTimeout !== undefined && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  clearTimeout(timer);
}

function setImmediate(callback, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  switch (arguments.length) {
    case 0: case 1: break;
    case 2: args = [arg1]; break;
    case 3: args = [arg1, arg2]; break;
    default:
      args = [arg1, arg2, arg3];
      for (let i = 4; i < arguments.length; i++) args[i - 1] = arguments[i];
  }
  return new Immediate(callback, args);
}

module.exports = {
  Timeout, Immediate, TIMEOUT_MAX, kRefed, kHasPrimitive, asyncIdSymbol, triggerAsyncIdSymbol,
  setTimeout, setInterval, setImmediate, clearTimeout, clearInterval, clearImmediate, newAsyncId,
  validateFunction,
};
