'use strict';
// The nextTick queue and the callback trampoline (Node's lib/internal/process/task_queues.js).
// Go calls callbackTrampoline for every callback it runs from the loop: the callback, then the
// ticks, inside one outermost JS call — so the engine runs the promise jobs right after, which
// is Node's order (ticks, then microtasks). Go calls runNextTicks again while ticks remain.

const { internals } = internalBinding('internal/bootstrap/node');
// tickInfo[0] is read by Go: non-zero while ticks are queued.
const tickInfo = new Uint8Array(internals.tickInfo);

function invalidCallback(callback) {
  const { codes } = require('internal/errors');
  throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
}

// With an uncaughtException handler, Node handles a tick's error and goes on with the queue
// before the microtasks; without one the error is fatal and keeps its throw site.
function onTickError(err) {
  if (process.listenerCount('uncaughtException') === 0 && !process.hasUncaughtExceptionCaptureCallback()) return false;
  internals.fatalException(err, false);
  return true;
}

// The queue itself is in Go (node/process/ticks.go).
const { nextTick, runNextTicks, nextTickRepeat, takePlaces } = internalBinding('internal/process/setup')
  .makeTickFunctions(internals.tickInfo, invalidCallback, onTickError);

function callbackTrampoline(fn, thisArg, ...args) {
  const result = args.length === 0 ? fn.call(thisArg) : fn.apply(thisArg, args);
  if (tickInfo[0] !== 0) runNextTicks();
  return result;
}

const resolved = Promise.resolve();

function queueMicrotask(callback) {
  if (typeof callback !== 'function') throw invalidCallback(callback);
  resolved.then(() => {
    try {
      callback();
    } catch (err) {
      // V8 points the header of a microtask's exception at where the error was made
      let arrow;
      if (err !== null && typeof err === 'object') {
        const stack = err.stack;
        if (typeof stack === 'string') arrow = internalBinding('internal/bootstrap/node').errorArrow(stack, false);
      }
      internals.fatalException(err, false, arrow);
    }
  });
}

module.exports = { nextTick, nextTickRepeat, takePlaces, runNextTicks, callbackTrampoline, queueMicrotask };
