'use strict';
// The AbortController pieces the stream helpers use, from the web globals' implementation.

const {
  AbortController,
  AbortSignal,
  addAbortListener: addAbortListenerImpl,
} = require('internal/abort_controller');

const kDispose = Symbol.dispose;

function newAbortController() {
  return new AbortController();
}

// Like events.addAbortListener, but a missing signal is allowed (no listener, no disposable).
function addAbortListener(signal, listener) {
  if (signal === undefined) return undefined;
  return addAbortListenerImpl(signal, listener);
}

function abortSignalAny(signals) {
  return AbortSignal.any(signals);
}

module.exports = { newAbortController, addAbortListener, abortSignalAny, kDispose };
