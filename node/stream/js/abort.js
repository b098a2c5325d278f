'use strict';
// AbortController/AbortSignal as the stream helpers need them: the global ones when gnode has
// them, otherwise a minimal signal with Node's observable surface (aborted, reason,
// addEventListener('abort'), onabort, throwIfAborted).

const { AbortError } = require('internal/errors');

class MinimalAbortSignal {
  constructor() {
    this.aborted = false;
    this.reason = undefined;
    this.onabort = null;
    this._listeners = [];
  }
  addEventListener(type, fn, options) {
    if (type !== 'abort' || typeof fn !== 'function') return;
    this._listeners.push({ fn, once: !!(options && options.once) });
  }
  removeEventListener(type, fn) {
    if (type !== 'abort') return;
    const i = this._listeners.findIndex((l) => l.fn === fn);
    if (i !== -1) this._listeners.splice(i, 1);
  }
  throwIfAborted() {
    if (this.aborted) throw this.reason;
  }
  get [Symbol.toStringTag]() { return 'AbortSignal'; }
}

function abortSignal(signal, reason) {
  if (signal.aborted) return;
  signal.aborted = true;
  signal.reason = reason;
  const event = { type: 'abort', target: signal };
  const listeners = signal._listeners.slice();
  signal._listeners = listeners.filter((l) => !l.once);
  if (typeof signal.onabort === 'function') signal.onabort(event);
  for (const l of listeners) l.fn.call(signal, event);
}

class MinimalAbortController {
  constructor() {
    this.signal = new MinimalAbortSignal();
  }
  abort(reason = new DOMExceptionLike()) {
    abortSignal(this.signal, reason);
  }
}

function DOMExceptionLike() {
  const err = new AbortError('This operation was aborted');
  err.code = 20;
  return err;
}

function newAbortController() {
  if (typeof globalThis.AbortController === 'function') return new globalThis.AbortController();
  return new MinimalAbortController();
}

const kDispose = typeof Symbol.dispose === 'symbol' ? Symbol.dispose : Symbol('dispose');

// Node's events.addAbortListener: the listener runs once, even if the signal already aborted.
function addAbortListener(signal, listener) {
  if (signal === undefined) return undefined;
  let removed = false;
  const remove = () => {
    removed = true;
    signal.removeEventListener('abort', listener);
  };
  if (signal.aborted) {
    queueMicrotask(() => { if (!removed) listener(); });
  } else {
    signal.addEventListener('abort', listener, { once: true });
  }
  return { [kDispose]: remove, dispose: remove };
}

module.exports = { newAbortController, addAbortListener, kDispose };
