'use strict';
// The AbortController pieces the stream helpers use, from the web globals' implementation.

// Loaded on first use: most streams never meet a signal.
let abortController;
function impl() {
  if (abortController === undefined) abortController = require('internal/abort_controller');
  return abortController;
}

const kDispose = Symbol.dispose;

function newAbortController() {
  return new (impl().AbortController)();
}

// Like events.addAbortListener, but a missing signal is allowed (no listener, no disposable).
function addAbortListener(signal, listener) {
  if (signal === undefined) return undefined;
  return impl().addAbortListener(signal, listener);
}

function abortSignalAny(signals) {
  return impl().AbortSignal.any(signals);
}

module.exports = { newAbortController, addAbortListener, abortSignalAny, kDispose };
