'use strict';
// _http_incoming: IncomingMessage, the Readable body of a request (server) or response (client).

const EE = require('events');
const { Readable, finished } = require('stream');
const { ReadableState } = Readable;
const { getDefaultHighWaterMark } = require('internal/streams/state');
const { nextTickRepeat, takePlaces } = require('internal/process/task_queues');

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kHeadersCount = Symbol('kHeadersCount');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');
const kTrailersCount = Symbol('kTrailersCount');
const kAbortController = Symbol('kAbortController');
const kAbortSignalSocket = Symbol('kAbortSignalSocket');
const kAbortSignalListener = Symbol('kAbortSignalListener');
const kAbortSignalDetached = Symbol('kAbortSignalDetached');
const kAttachAbortSignal = Symbol('kAttachAbortSignal');
const kDetachAbortSignal = Symbol('kDetachAbortSignal');
let AbortController;

function readStart(socket) {
  if (socket && !socket._paused && socket.readable) socket.resume();
}

function readStop(socket) {
  if (socket) socket.pause();
}

function IncomingMessage(socket) {
  let streamOptions;
  if (socket) {
    const highWaterMark = socket.readableHighWaterMark;
    // Readable takes the default itself; options would only cost their checks
    if (highWaterMark !== getDefaultHighWaterMark(false)) streamOptions = { highWaterMark };
  }
  Readable.call(this, streamOptions);
  this._readableState.readingMore = true;
  this.socket = socket;
  // kHeadersDistinct and kTrailersDistinct are made on first read, as in Node
  this[kHeaders] = null;
  this[kHeadersCount] = 0;
  this.rawHeaders = [];
  this[kTrailers] = null;
  this[kTrailersCount] = 0;
  this.rawTrailers = [];
  this.joinDuplicateHeaders = false;
  this.aborted = false;
  this.complete = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this.client = socket;
  this._consuming = false;
  this._dumped = false;
  this[kAbortController] = null;
  this[kAbortSignalSocket] = null;
  this[kAbortSignalListener] = null;
  this[kAbortSignalDetached] = false;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

// A request of a Go-owned server connection (FastConnection in _http_server) is made with only
// the fields a handler reads first; the constructor's others are these defaults, and its socket
// is made when first read (kFast holds the connection until then).
const kFast = Symbol('kFast');
const IMP = IncomingMessage.prototype;
IMP[kFast] = undefined;
IMP[kHeaders] = null;
IMP[kHeadersCount] = 0;
IMP[kTrailers] = null;
IMP[kTrailersCount] = 0;
IMP.joinDuplicateHeaders = false;
IMP.aborted = false;
IMP.complete = false;
IMP.upgrade = false;
IMP.url = '';
IMP.method = null;
IMP.statusCode = null;
IMP.statusMessage = null;
IMP._consuming = false;
IMP._dumped = false;
IMP[kAbortController] = null;
IMP[kAbortSignalSocket] = null;
IMP[kAbortSignalListener] = null;
IMP[kAbortSignalDetached] = false;

function defineOwn(obj, name, value) {
  Object.defineProperty(obj, name, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
}

function fastSocket(req) {
  const fc = req[kFast];
  return fc === undefined ? undefined : fc.visibleSocket();
}

for (const name of ['socket', 'client']) {
  Object.defineProperty(IMP, name, {
    __proto__: null,
    configurable: true,
    get() { return fastSocket(this); },
    set(val) { defineOwn(this, name, val); },
  });
}
// The stream state of a Go-owned connection's request is made when first read (materialize
// below); until then its lifecycle is virtual (see the end of this file).
const kVirtual = Symbol('kVirtual');
const kCaptured = Symbol('kCaptured');
const kVirtualTicks = Symbol('kVirtualTicks');
IMP[kVirtual] = undefined;
IMP[kVirtualTicks] = 0;
Object.defineProperty(IMP, '_readableState', {
  __proto__: null,
  configurable: true,
  get() { return this[kVirtual] !== undefined ? materialize(this) : undefined; },
  set(val) { defineOwn(this, '_readableState', val); },
});
Object.defineProperty(IMP, 'rawTrailers', {
  __proto__: null,
  configurable: true,
  get() {
    const list = [];
    defineOwn(this, 'rawTrailers', list);
    return list;
  },
  set(val) { defineOwn(this, 'rawTrailers', val); },
});

Object.defineProperty(IncomingMessage.prototype, 'connection', {
  __proto__: null,
  get() { return this.socket; },
  set(val) { this.socket = val; },
});

Object.defineProperty(IncomingMessage.prototype, 'headers', {
  __proto__: null,
  get() {
    if (!this[kHeaders]) {
      this[kHeaders] = {};
      const src = this.rawHeaders;
      const dst = this[kHeaders];
      for (let n = 0; n < this[kHeadersCount]; n += 2) this._addHeaderLine(src[n], src[n + 1], dst);
    }
    return this[kHeaders];
  },
  set(val) { this[kHeaders] = val; },
});

Object.defineProperty(IncomingMessage.prototype, 'headersDistinct', {
  __proto__: null,
  get() {
    if (!this[kHeadersDistinct]) {
      this[kHeadersDistinct] = {};
      const src = this.rawHeaders;
      const dst = this[kHeadersDistinct];
      for (let n = 0; n < this[kHeadersCount]; n += 2) addHeaderLineDistinct(src[n], src[n + 1], dst);
    }
    return this[kHeadersDistinct];
  },
  set(val) { this[kHeadersDistinct] = val; },
});

Object.defineProperty(IncomingMessage.prototype, 'trailers', {
  __proto__: null,
  get() {
    if (!this[kTrailers]) {
      this[kTrailers] = {};
      const src = this.rawTrailers;
      const dst = this[kTrailers];
      for (let n = 0; n < this[kTrailersCount]; n += 2) this._addHeaderLine(src[n], src[n + 1], dst);
    }
    return this[kTrailers];
  },
  set(val) { this[kTrailers] = val; },
});

Object.defineProperty(IncomingMessage.prototype, 'trailersDistinct', {
  __proto__: null,
  get() {
    if (!this[kTrailersDistinct]) {
      this[kTrailersDistinct] = {};
      const src = this.rawTrailers;
      const dst = this[kTrailersDistinct];
      for (let n = 0; n < this[kTrailersCount]; n += 2) addHeaderLineDistinct(src[n], src[n + 1], dst);
    }
    return this[kTrailersDistinct];
  },
  set(val) { this[kTrailersDistinct] = val; },
});

// signal aborts when the message is cut short: its socket closes before the message is done
// (the server detaches it when the response finishes, the client when the response ends).
Object.defineProperty(IncomingMessage.prototype, 'signal', {
  __proto__: null,
  configurable: true,
  get() {
    if (this[kAbortController] === null) {
      AbortController ??= require('internal/abort_controller').AbortController;
      const ac = new AbortController();
      this[kAbortController] = ac;
      if (this.destroyed && (!this.readableEnded || !this.complete)) ac.abort();
      else this[kAttachAbortSignal]();
    }
    return this[kAbortController].signal;
  },
});

IncomingMessage.prototype[kAttachAbortSignal] = function() {
  if (this[kAbortController].signal.aborted || this[kAbortSignalDetached] ||
      this[kAbortSignalListener] !== null) {
    return;
  }
  const socket = this.socket;
  if (!socket) return;
  if (socket.destroyed) {
    abortSignal(this);
    return;
  }
  this[kAbortSignalSocket] = socket;
  this[kAbortSignalListener] = () => { abortSignal(this); };
  socket.once('close', this[kAbortSignalListener]);
};

IncomingMessage.prototype[kDetachAbortSignal] = function() {
  const socket = this[kAbortSignalSocket];
  const listener = this[kAbortSignalListener];
  this[kAbortSignalDetached] = true;
  this[kAbortSignalSocket] = null;
  this[kAbortSignalListener] = null;
  if (socket !== null && listener !== null) socket.removeListener('close', listener);
};

function abortSignal(self) {
  self[kDetachAbortSignal]();
  if (self[kAbortController] !== null) self[kAbortController].abort();
}

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

IncomingMessage.prototype._read = function _read(n) {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  const fc = this[kFast];
  if (fc !== undefined && fc.socket === null) {
    fc.readStart();
    return;
  }
  if (this.socket.readable) readStart(this.socket);
};

IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
    abortSignal(this);
  }
  // aborted first: reading the socket of a Go-owned connection's request would make one
  if (this.aborted && this.socket && !this.socket.destroyed) {
    this.socket.destroy(err);
    const cleanup = finished(this.socket, (e) => {
      if (e?.code === 'ERR_STREAM_PREMATURE_CLOSE') e = null;
      cleanup();
      process.nextTick(onError, this, e || err, cb);
    });
  } else {
    process.nextTick(onError, this, err, cb);
  }
};

IncomingMessage.prototype._addHeaderLines = function _addHeaderLines(headers, n) {
  if (headers?.length) {
    let dest;
    if (this.complete) {
      this.rawTrailers = headers;
      this[kTrailersCount] = n;
      dest = this[kTrailers];
    } else {
      this.rawHeaders = headers;
      this[kHeadersCount] = n;
      dest = this[kHeaders];
    }
    if (dest) {
      for (let i = 0; i < n; i += 2) this._addHeaderLine(headers[i], headers[i + 1], dest);
    }
  }
};

// matchKnownFields maps a header name to its lower-case form with a flag in front: \u0000 joins
// duplicates with ', ', \u0001 makes an array (set-cookie), \u0002 joins with '; ' (cookie);
// without a flag duplicates are dropped.
function matchKnownFields(field, lowercased) {
  switch (field.length) {
    case 3:
      if (field === 'Age' || field === 'age') return 'age';
      break;
    case 4:
      if (field === 'Host' || field === 'host') return 'host';
      if (field === 'From' || field === 'from') return 'from';
      if (field === 'ETag' || field === 'etag') return 'etag';
      if (field === 'Date' || field === 'date') return '\u0000date';
      if (field === 'Vary' || field === 'vary') return '\u0000vary';
      break;
    case 6:
      if (field === 'Server' || field === 'server') return 'server';
      if (field === 'Cookie' || field === 'cookie') return '\u0002cookie';
      if (field === 'Origin' || field === 'origin') return '\u0000origin';
      if (field === 'Expect' || field === 'expect') return '\u0000expect';
      if (field === 'Accept' || field === 'accept') return '\u0000accept';
      break;
    case 7:
      if (field === 'Referer' || field === 'referer') return 'referer';
      if (field === 'Expires' || field === 'expires') return 'expires';
      if (field === 'Upgrade' || field === 'upgrade') return '\u0000upgrade';
      break;
    case 8:
      if (field === 'Location' || field === 'location') return 'location';
      if (field === 'If-Match' || field === 'if-match') return '\u0000if-match';
      break;
    case 10:
      if (field === 'User-Agent' || field === 'user-agent') return 'user-agent';
      if (field === 'Set-Cookie' || field === 'set-cookie') return '\u0001';
      if (field === 'Connection' || field === 'connection') return '\u0000connection';
      break;
    case 11:
      if (field === 'Retry-After' || field === 'retry-after') return 'retry-after';
      break;
    case 12:
      if (field === 'Content-Type' || field === 'content-type') return 'content-type';
      if (field === 'Max-Forwards' || field === 'max-forwards') return 'max-forwards';
      break;
    case 13:
      if (field === 'Authorization' || field === 'authorization') return 'authorization';
      if (field === 'Last-Modified' || field === 'last-modified') return 'last-modified';
      if (field === 'Cache-Control' || field === 'cache-control') return '\u0000cache-control';
      if (field === 'If-None-Match' || field === 'if-none-match') return '\u0000if-none-match';
      break;
    case 14:
      if (field === 'Content-Length' || field === 'content-length') return 'content-length';
      break;
    case 15:
      if (field === 'Accept-Encoding' || field === 'accept-encoding') return '\u0000accept-encoding';
      if (field === 'Accept-Language' || field === 'accept-language') return '\u0000accept-language';
      if (field === 'X-Forwarded-For' || field === 'x-forwarded-for') return '\u0000x-forwarded-for';
      break;
    case 16:
      if (field === 'X-Forwarded-Host' || field === 'x-forwarded-host') return '\u0000x-forwarded-host';
      break;
    case 17:
      if (field === 'If-Modified-Since' || field === 'if-modified-since') return 'if-modified-since';
      if (field === 'Transfer-Encoding' || field === 'transfer-encoding') return '\u0000transfer-encoding';
      if (field === 'X-Forwarded-Proto' || field === 'x-forwarded-proto') return '\u0000x-forwarded-proto';
      break;
    case 19:
      if (field === 'Proxy-Authorization' || field === 'proxy-authorization') return 'proxy-authorization';
      if (field === 'If-Unmodified-Since' || field === 'if-unmodified-since') return 'if-unmodified-since';
      break;
  }
  if (lowercased) return '\u0000' + field;
  return matchKnownFields(field.toLowerCase(), true);
}

IncomingMessage.prototype._addHeaderLine = function _addHeaderLine(field, value, dest) {
  field = matchKnownFields(field);
  const flag = field.charCodeAt(0);
  if (flag === 0 || flag === 2) {
    field = field.slice(1);
    if (typeof dest[field] === 'string') {
      dest[field] += (flag === 0 ? ', ' : '; ') + value;
    } else {
      dest[field] = value;
    }
  } else if (flag === 1) {
    if (dest['set-cookie'] !== undefined) dest['set-cookie'].push(value);
    else dest['set-cookie'] = [value];
  } else if (this.joinDuplicateHeaders) {
    if (dest[field] === undefined) dest[field] = value;
    else dest[field] += ', ' + value;
  } else if (dest[field] === undefined) {
    dest[field] = value;
  }
};

function addHeaderLineDistinct(field, value, dest) {
  field = field.toLowerCase();
  if (!dest[field]) dest[field] = [value];
  else dest[field].push(value);
}

IncomingMessage.prototype._addHeaderLineDistinct = addHeaderLineDistinct;

IncomingMessage.prototype._dumpAndCloseReadable = function _dumpAndCloseReadable() {
  this._dumped = true;
  this._readableState.ended = true;
  this._readableState.endEmitted = true;
  this._readableState.destroyed = true;
  this._readableState.closed = true;
  this._readableState.closeEmitted = true;
};

IncomingMessage.prototype._dump = function _dump() {
  if (!this._dumped) {
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  }
};

function onError(self, error, cb) {
  if (self.listenerCount('error') === 0) cb();
  else cb(error);
}

// The end of a server request's body, and its dump when the response is done, take many calls
// through the generic Readable machinery (read(0), flow, endReadable, destroy, _destroy and their
// ticks) even when nothing listens. pushEnd and dumpEnded below are the same steps written out
// for a request whose stream methods are Node's own: the same state writes in the same order,
// the same events, on the same ticks. Whenever a step finds the request or its state other than
// the common case (overridden methods, data buffered, a 'readable' listener, destroyed...), it
// does what the generic code does from there, through the generic methods.
const readablePush = Readable.prototype.push;
const readableRead = Readable.prototype.read;
const readableResume = Readable.prototype.resume;
const readableDestroy = Readable.prototype.destroy;
const readableRemoveAllListeners = Readable.prototype.removeAllListeners;
const incomingDestroy = IncomingMessage.prototype._destroy;
const incomingDump = IncomingMessage.prototype._dump;

function isPlain(req) {
  return req.read === readableRead && req.destroy === readableDestroy &&
    req._destroy === incomingDestroy && req._writableState === undefined;
}

// pushEnd is req.push(null) for a request that has not been read.
function pushEnd(req) {
  const state = req._readableState;
  if (req.push !== readablePush || state.objectMode || state.decoder !== null || state.ended ||
      !state.sync || state.emittedReadable) {
    req.push(null);
    return;
  }
  state.reading = false;
  state.ended = true;
  state.needReadable = false;
  state.emittedReadable = true;
  process.nextTick(emitReadableNT, req);
}

// emitReadableNT is the tick pushEnd schedules ('readable', then flow).
function emitReadableNT(stream) {
  const state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }
  if (!state.flowing && !state.ended && state.length <= state.highWaterMark) state.needReadable = true;
  while (state.flowing && stream.read() !== null);
}

// dumpEnded is req._dump() for a request whose body has ended with nothing buffered (a bodiless
// request nobody read): resume() with its tick.
function dumpEnded(req) {
  const state = req._readableState;
  if (req._dump !== incomingDump || req._dumped || req.resume !== readableResume ||
      req.removeAllListeners !== readableRemoveAllListeners || !isPlain(req) ||
      state.flowing !== null || state.readableListening || state.resumeScheduled ||
      !state.ended || state.length !== 0) {
    req._dump();
    return;
  }
  req._dumped = true;
  const events = req._events;
  if (events === undefined || events.data !== undefined || events.removeListener !== undefined) {
    req.removeAllListeners('data');
  }
  state.flowing = true;
  state.resumeScheduled = true;
  process.nextTick(resumeNT, req, state);
  state.paused = false;
}

// endReadable as Readable's: 'end' on the next tick, once.
function endReadable(stream, state) {
  if (!state.endEmitted && !state.endScheduled) {
    state.ended = true;
    state.endScheduled = true;
    process.nextTick(endReadableNT, state, stream);
  }
}

// plainEnd: read() on this state can only find the end (endReadable) and clear emittedReadable.
function plainEnd(stream, state) {
  return isPlain(stream) && state.ended && state.length === 0 && !state.reading &&
    state.highWaterMark >= 0;
}

// resumeNT is Readable's resume_ tick: read(0), 'resume', flow.
function resumeNT(stream, state) {
  if (!state.reading) {
    if (plainEnd(stream, state)) endReadable(stream, state);
    else stream.read(0);
  }
  state.resumeScheduled = false;
  stream.emit('resume');
  if (!plainEnd(stream, state)) {
    while (state.flowing && stream.read() !== null);
    if (state.flowing && !state.reading) stream.read(0);
    return;
  }
  if (state.flowing) {
    if (state.emittedReadable) state.emittedReadable = false;
    endReadable(stream, state);
    if (state.flowing) endReadable(stream, state);
  }
}

function endReadableNT(state, stream) {
  state.endScheduled = false;
  if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    stream.emit('end');
    if (stream.writable && stream.allowHalfOpen === false) {
      process.nextTick(endWritableNT, stream);
    } else if (state.autoDestroy) {
      const wState = stream._writableState;
      const autoDestroy = !wState ||
        (wState.autoDestroy && (wState.finished || wState.writable === false));
      if (autoDestroy) destroyEnded(stream, state);
    }
  }
}

function endWritableNT(stream) {
  const writable = stream.writable && !stream.writableEnded && !stream.destroyed;
  if (writable) stream.end();
}

// destroyEnded is destroy() of a request that ended and completed: _destroy only defers its
// callback a tick, which marks the state closed and emits 'close' on the next.
function destroyEnded(stream, state) {
  if (!isPlain(stream) || state.destroyed || !stream.complete || stream.aborted || !state.constructed) {
    stream.destroy();
    return;
  }
  state.destroyed = true;
  process.nextTick(onDestroyedNT, stream);
}

function onDestroyedNT(stream) {
  stream._readableState.closed = true;
  process.nextTick(emitCloseNT, stream);
}

function emitCloseNT(self) {
  const r = self._readableState;
  const w = self._writableState;
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  if ((w && w.emitClose) || (r && r.emitClose)) self.emit('close');
}

// A virtual lifecycle. A bodiless request nobody reads goes through about seven ticks after its
// response (pushEnd, dumpEnded and the ticks above, then Readable's end and destroy), each
// changing its stream state, so that what a program sees at any tick is what Node shows. For a
// request of a Go-owned connection that nobody listens to, the same ticks are queued, at the
// same places, but they only record which steps have run: `req[kVirtual]` is a node of a trie
// of histories ('C' complete, 'F' response finished, 'T' a tick ran). How many ticks each step
// queues is learnt once per history, by running the real steps on a scratch request.
//
// When a program touches the state (any Readable method or getter reads _readableState), or
// listens, or re-prototypes the request with another emit, materialize makes the real state and
// runs the history's real steps on it with emits silenced (they had no listener when they ran)
// and ticks captured; each virtual tick still queued then runs one captured tick, so from there
// on everything is the real code at its real place in the tick queue.
const readableEmit = EE.prototype.emit;
const readableDumpOwn = IncomingMessage.prototype._dump;
const readableReadOwn = IncomingMessage.prototype._read;
const readablePushFn = Readable.prototype.push;
const readableOn = Readable.prototype.on;

function HistoryNode(history) {
  this.history = history;
  this.finished = history.includes('F'); // the response finished: the request was dumped
  this.ticks = -1;
  this.C = null;
  this.F = null;
  this.T = null;
}
const historyRoot = new HistoryNode('');

function stepNode(node, op) {
  let next = node[op];
  if (next === null) {
    next = node[op] = new HistoryNode(node.history + op);
    next.ticks = countTicks(next.history);
  }
  return next;
}

// plainRequest: the request's methods are IncomingMessage's (a re-prototyped request may keep
// them: express's does).
function plainRequest(req) {
  return req._events === undefined && req.emit === readableEmit && (Object.getPrototypeOf(req) === IMP ||
    (req.push === readablePushFn && req.read === readableRead &&
     req._read === readableReadOwn && req.destroy === readableDestroy && req._destroy === incomingDestroy &&
     req._dump === readableDumpOwn && req.resume === readableResume && req.on === readableOn &&
     req.removeAllListeners === readableRemoveAllListeners && req._writableState === undefined));
}

function startVirtual(req) {
  req[kVirtual] = historyRoot;
}

// virtualStep is pushEnd (op 'C') or dumpEnded ('F') of a request that may still be virtual.
function virtualStep(req, op) {
  const node = req[kVirtual];
  if (node !== undefined && plainRequest(req)) {
    if (op === 'F') req._dumped = true;
    queueVirtual(req, stepNode(node, op));
    return;
  }
  if (op === 'C') pushEnd(req);
  else if (!req._consuming && !req._readableState.resumeScheduled) dumpEnded(req);
}

function queueVirtual(req, node) {
  req[kVirtual] = node;
  const n = node.ticks;
  if (n === 0) return;
  nextTickRepeat(n, virtualTicks, req);
  req[kVirtualTicks] += n;
}

// settleVirtual is the 'F' step of a virtual request when the places it holds are all that is
// left in the tick queue: no program code can run, or look at the request, before they and the
// ticks they lead to have run, one after another, so the request goes straight to where they
// lead. It returns false, having done nothing, when other ticks are queued.
function settleVirtual(req) {
  const node = req[kVirtual];
  if (node === undefined || !plainRequest(req)) return false;
  const held = takePlaces(req);
  if (held < 0) return false;
  req._dumped = true;
  let next = stepNode(node, 'F');
  for (let pending = held + next.ticks; pending > 0; pending--) {
    next = stepNode(next, 'T');
    pending += next.ticks;
  }
  req[kVirtual] = next;
  req[kVirtualTicks] = 0;
  return true;
}

// virtualTicks runs the first of n consecutive places the request holds in the tick queue and
// returns how many it used. While the request stays virtual no program code runs at any of
// them, so they all go at once; a materialized request's places each run a captured tick.
function virtualTicks(req, n) {
  let ran = 0;
  for (; ran < n; ran++) {
    const node = req[kVirtual];
    if (node === undefined || !plainRequest(req)) break;
    req[kVirtualTicks]--;
    queueVirtual(req, stepNode(node, 'T'));
    // the lifecycle is over: the connection need not remember the request any longer
    if (req[kVirtualTicks] === 0 && node.finished) req[kFast]?.forget(req);
  }
  if (ran !== 0) return ran;
  virtualTick(req);
  return 1;
}

function virtualTick(req) {
  const node = req[kVirtual];
  req[kVirtualTicks]--;
  if (node !== undefined) {
    if (plainRequest(req)) {
      queueVirtual(req, stepNode(node, 'T'));
      // the lifecycle is over: the connection need not remember the request any longer
      if (req[kVirtualTicks] === 0 && node.finished) req[kFast]?.forget(req);
      return;
    }
    materialize(req);
  }
  const t = req[kCaptured].shift();
  Reflect.apply(t[0], undefined, t[1]);
}

function silentEmit() { return false; }

// replay runs a history's real steps on req's fresh state; the ticks they queue go to capture.
function replay(req, history, capture) {
  const realNextTick = process.nextTick;
  const hadEmit = Object.prototype.hasOwnProperty.call(req, 'emit');
  const ownEmit = req.emit;
  process.nextTick = function capturedTick(fn, ...args) { capture.push([fn, args]); };
  req.emit = silentEmit;
  try {
    for (let i = 0; i < history.length; i++) {
      const op = history[i];
      if (op === 'C') {
        pushEnd(req);
      } else if (op === 'F') {
        if (Object.prototype.hasOwnProperty.call(req, '_dumped')) delete req._dumped;
        dumpEnded(req);
      } else {
        const t = capture.shift();
        Reflect.apply(t[0], undefined, t[1]);
      }
    }
  } finally {
    process.nextTick = realNextTick;
    if (hadEmit) req.emit = ownEmit;
    else delete req.emit;
  }
}

function scratchRequest(history) {
  const req = Object.create(IMP);
  req[kVirtual] = historyRoot;
  req.complete = history.includes('C');
  return req;
}

// countTicks: how many ticks the last step of a history queues.
function countTicks(history) {
  const before = [];
  const r1 = scratchRequest(history);
  materializeWith(r1, history.slice(0, -1), before);
  const after = [];
  const r2 = scratchRequest(history);
  materializeWith(r2, history, after);
  return after.length - before.length + (history[history.length - 1] === 'T' ? 1 : 0);
}

function materializeWith(req, history, capture) {
  req[kVirtual] = undefined;
  const state = new ReadableState(undefined, req, false);
  state.readingMore = true;
  defineOwn(req, '_readableState', state);
  if (history !== '') replay(req, history, capture);
  return state;
}

function materialize(req) {
  const node = req[kVirtual];
  const capture = [];
  const state = materializeWith(req, node.history, capture);
  if (capture.length !== 0) req[kCaptured] = capture;
  return state;
}

module.exports = {
  IncomingMessage, readStart, readStop, pushEnd, dumpEnded, kDetachAbortSignal, kFast, kHeadersCount,
  kVirtual, startVirtual, virtualStep, settleVirtual,
};
