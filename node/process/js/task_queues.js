'use strict';
// The nextTick queue and the callback trampoline (Node's lib/internal/process/task_queues.js).
// Go calls callbackTrampoline for every callback it runs from the loop: the callback, then the
// ticks, inside one outermost JS call — so the engine runs the promise jobs right after, which
// is Node's order (ticks, then microtasks). Go calls runNextTicks again while ticks remain.

const { internals } = internalBinding('internal/bootstrap/node');
// tickInfo[0] is read by Go: non-zero while ticks are queued.
const tickInfo = new Uint8Array(internals.tickInfo);

// Flat queue: callback, args, callback, args… consumed from head; reset when drained.
let queue = [];
let head = 0;

let validators;
function invalidCallback(callback) {
  const { codes } = require('internal/errors');
  return new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
}

function nextTick(callback) {
  if (typeof callback !== 'function') throw invalidCallback(callback);
  if (process._exiting) return;
  let args;
  const n = arguments.length;
  if (n > 1) {
    args = new Array(n - 1);
    for (let i = 1; i < n; i++) args[i - 1] = arguments[i];
  }
  queue.push(callback, args);
  tickInfo[0] = 1;
}

function runNextTicks() {
  while (head < queue.length) {
    const callback = queue[head];
    const args = queue[head + 1];
    queue[head] = undefined;
    queue[head + 1] = undefined;
    head += 2;
    if (head === queue.length) {
      queue = [];
      head = 0;
      tickInfo[0] = 0;
    }
    try {
      if (args === undefined) {
        callback();
      } else {
        switch (args.length) {
          case 1: callback(args[0]); break;
          case 2: callback(args[0], args[1]); break;
          case 3: callback(args[0], args[1], args[2]); break;
          default: callback(...args);
        }
      }
    } catch (err) {
      // With an uncaughtException handler, Node handles the error and goes on with the queue
      // before the microtasks; without one the error is fatal and keeps its throw site.
      if (process.listenerCount('uncaughtException') === 0 && !process.hasUncaughtExceptionCaptureCallback()) throw err;
      internals.fatalException(err, false);
    }
  }
  tickInfo[0] = 0;
}

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

module.exports = { nextTick, runNextTicks, callbackTrampoline, queueMicrotask };
