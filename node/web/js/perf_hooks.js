'use strict';
// node:perf_hooks and the global performance: the user timing entries (marks, measures),
// observers, timerify and the clock. Times are milliseconds since the process started.

const { now, timeOrigin, loopStart } = internalBinding('perf_hooks');
const {
  ERR_ILLEGAL_CONSTRUCTOR,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_THIS,
  ERR_METHOD_NOT_IMPLEMENTED,
  ERR_MISSING_ARGS,
  ERR_PERFORMANCE_INVALID_TIMESTAMP,
  ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS,
} = require('internal/errors').codes;
const { validateFunction, validateObject, validateInteger } = require('internal/validators');
const { EventTarget, initEventTarget, defineEventHandler } = require('internal/event_target');
const { DOMException } = require('internal/per_context/domexception');

let inspectFn;
function inspect(v, opts) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(v, opts);
}
let cloneFn;
function structuredClone(v) {
  if (cloneFn === undefined) cloneFn = require('internal/structured_clone').structuredClone;
  return cloneFn(v);
}

const kSkipThrow = Symbol('kSkipThrow');
const kEntryState = Symbol('kEntryState');
const kEnumerableProperty = { __proto__: null, enumerable: true };
const customInspect = Symbol.for('nodejs.util.inspect.custom');

const entryState = new WeakMap();
function stateOf(entry, type = 'PerformanceEntry') {
  const s = entryState.get(entry);
  if (s === undefined) throw new ERR_INVALID_THIS(type);
  return s;
}

class PerformanceEntry {
  constructor(skipThrowSymbol = undefined, name = undefined, type = undefined, start = undefined,
              duration = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    entryState.set(this, { name, type, start, duration, detail: null });
  }

  get name() { return stateOf(this).name; }

  get entryType() { return stateOf(this).type; }

  get startTime() { return stateOf(this).start; }

  get duration() { return stateOf(this).duration; }

  [customInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `${this.constructor.name} ${inspect(this.toJSON(), opts)}`;
  }

  toJSON() {
    const s = stateOf(this);
    return {
      name: s.name,
      entryType: s.type,
      startTime: s.start,
      duration: s.duration,
    };
  }
}
Object.defineProperties(PerformanceEntry.prototype, {
  name: kEnumerableProperty,
  entryType: kEnumerableProperty,
  startTime: kEnumerableProperty,
  duration: kEnumerableProperty,
  toJSON: kEnumerableProperty,
});

function validateTimestamp(value, name) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (value < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(value);
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (options !== undefined) validateObject(options, 'options');
    const startTime = options?.startTime ?? now();
    validateTimestamp(startTime, 'startTime');
    let detail = options?.detail;
    detail = detail != null ? structuredClone(detail) : null;
    super(kSkipThrow, name, 'mark', startTime, 0);
    entryState.get(this).detail = detail;
  }

  get detail() { return stateOf(this, 'PerformanceMark').detail; }

  toJSON() {
    const s = stateOf(this);
    return { name: s.name, entryType: s.type, startTime: s.start, duration: s.duration, detail: s.detail };
  }
}
Object.defineProperties(PerformanceMark.prototype, {
  detail: kEnumerableProperty,
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'PerformanceMark' },
});

class PerformanceMeasure extends PerformanceEntry {
  constructor(skipThrowSymbol = undefined, name = undefined, type = undefined, start = undefined,
              duration = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(skipThrowSymbol, name, type, start, duration);
  }

  get detail() { return stateOf(this, 'PerformanceMeasure').detail; }

  toJSON() {
    const s = stateOf(this);
    return { name: s.name, entryType: s.type, startTime: s.start, duration: s.duration, detail: s.detail };
  }
}
Object.defineProperties(PerformanceMeasure.prototype, {
  detail: kEnumerableProperty,
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'PerformanceMeasure' },
});

// A fetch's timing (undici's timingInfo, as performance.markResourceTiming receives it).
class PerformanceResourceTiming extends PerformanceEntry {
  constructor(skipThrowSymbol = undefined, name = undefined, type = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(skipThrowSymbol, name, type);
  }

  get name() { return stateOf(this, 'PerformanceResourceTiming').name; }
  get startTime() { return stateOf(this, 'PerformanceResourceTiming').timing.startTime; }
  get duration() {
    const t = stateOf(this, 'PerformanceResourceTiming').timing;
    return t.endTime - t.startTime;
  }
  get initiatorType() { return stateOf(this, 'PerformanceResourceTiming').initiatorType; }
  get workerStart() { return stateOf(this, 'PerformanceResourceTiming').timing.finalServiceWorkerStartTime; }
  get redirectStart() { return stateOf(this, 'PerformanceResourceTiming').timing.redirectStartTime; }
  get redirectEnd() { return stateOf(this, 'PerformanceResourceTiming').timing.redirectEndTime; }
  get fetchStart() { return stateOf(this, 'PerformanceResourceTiming').timing.postRedirectStartTime; }
  get domainLookupStart() { return connectionTiming(this)?.domainLookupStartTime; }
  get domainLookupEnd() { return connectionTiming(this)?.domainLookupEndTime; }
  get connectStart() { return connectionTiming(this)?.connectionStartTime; }
  get connectEnd() { return connectionTiming(this)?.connectionEndTime; }
  get secureConnectionStart() { return connectionTiming(this)?.secureConnectionStartTime; }
  get nextHopProtocol() { return connectionTiming(this)?.ALPNNegotiatedProtocol; }
  get requestStart() { return stateOf(this, 'PerformanceResourceTiming').timing.finalNetworkRequestStartTime; }
  get responseStart() { return stateOf(this, 'PerformanceResourceTiming').timing.finalNetworkResponseStartTime; }
  get responseEnd() { return stateOf(this, 'PerformanceResourceTiming').timing.endTime; }
  get encodedBodySize() { return stateOf(this, 'PerformanceResourceTiming').timing.encodedBodySize; }
  get decodedBodySize() { return stateOf(this, 'PerformanceResourceTiming').timing.decodedBodySize; }
  get transferSize() {
    const s = stateOf(this, 'PerformanceResourceTiming');
    if (s.cacheMode === 'local') return 0;
    // the spec's fixed 300 octets for the response header
    return s.timing.encodedBodySize + 300;
  }
  get deliveryType() { return stateOf(this, 'PerformanceResourceTiming').deliveryType; }
  get responseStatus() { return stateOf(this, 'PerformanceResourceTiming').responseStatus; }

  toJSON() {
    return {
      name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration,
      initiatorType: this.initiatorType, nextHopProtocol: this.nextHopProtocol, workerStart: this.workerStart,
      redirectStart: this.redirectStart, redirectEnd: this.redirectEnd, fetchStart: this.fetchStart,
      domainLookupStart: this.domainLookupStart, domainLookupEnd: this.domainLookupEnd,
      connectStart: this.connectStart, connectEnd: this.connectEnd,
      secureConnectionStart: this.secureConnectionStart, requestStart: this.requestStart,
      responseStart: this.responseStart, responseEnd: this.responseEnd, transferSize: this.transferSize,
      encodedBodySize: this.encodedBodySize, decodedBodySize: this.decodedBodySize,
      deliveryType: this.deliveryType, responseStatus: this.responseStatus,
    };
  }
}
function connectionTiming(entry) {
  return stateOf(entry, 'PerformanceResourceTiming').timing.finalConnectionTimingInfo;
}
for (const name of ['initiatorType', 'nextHopProtocol', 'workerStart', 'redirectStart', 'redirectEnd',
  'fetchStart', 'domainLookupStart', 'domainLookupEnd', 'connectStart', 'connectEnd', 'secureConnectionStart',
  'requestStart', 'responseStart', 'responseEnd', 'transferSize', 'encodedBodySize', 'decodedBodySize',
  'deliveryType', 'responseStatus', 'toJSON']) {
  Object.defineProperty(PerformanceResourceTiming.prototype, name, kEnumerableProperty);
}
Object.defineProperty(PerformanceResourceTiming.prototype, Symbol.toStringTag,
  { __proto__: null, configurable: true, value: 'PerformanceResourceTiming' });

let resources = [];
let resourceBufferSize = 250;
let resourceBufferFullPending = false;

function markResourceTiming(timingInfo, requestedUrl, initiatorType, global, cacheMode, bodyInfo,
  responseStatus, deliveryType = '') {
  const entry = new PerformanceResourceTiming(kSkipThrow, requestedUrl, 'resource');
  Object.assign(entryState.get(entry), {
    timing: timingInfo, initiatorType, cacheMode, bodyInfo, responseStatus, deliveryType,
  });
  enqueue(entry);
  if (resources.length < resourceBufferSize) {
    resources.push(entry);
  } else if (!resourceBufferFullPending) {
    resourceBufferFullPending = true;
    process.nextTick(() => {
      resourceBufferFullPending = false;
      performance.dispatchEvent(new (require('internal/event_target').Event)('resourcetimingbufferfull'));
    });
  }
  return entry;
}

// The entries the timeline keeps (marks, measures) and the observers listening.
let marks = [];
let measures = [];
const observers = new Set();
const pendingObservers = new Set();
let dispatchScheduled = false;

function enqueue(entry) {
  for (const obs of observers) obs[kMaybeBuffer](entry);
}

function scheduleDispatch(observer) {
  pendingObservers.add(observer);
  if (dispatchScheduled) return;
  dispatchScheduled = true;
  setImmediate(() => {
    dispatchScheduled = false;
    const list = Array.from(pendingObservers);
    pendingObservers.clear();
    for (const obs of list) obs[kDispatch]();
  });
}

function mark(name, options) {
  const entry = new PerformanceMark(name, options);
  marks.push(entry);
  enqueue(entry);
  return entry;
}

// The milestones of performance.nodeTiming count as marks of the same name.
const nodeTimingMarks = new Set(['nodeStart', 'v8Start', 'environment', 'bootstrapComplete', 'loopStart', 'loopExit']);

function markTime(name) {
  if (nodeTimingMarks.has(name)) return nodeTiming[name];
  for (let i = marks.length - 1; i >= 0; i--) {
    if (entryState.get(marks[i]).name === name) return entryState.get(marks[i]).start;
  }
  throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

function timeOf(value, name) {
  if (typeof value === 'number') {
    validateTimestamp(value, name);
    return value;
  }
  return markTime(`${value}`);
}

function measure(name, startOrMeasureOptions, endMark) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
  name = `${name}`;
  let start;
  let end;
  let duration;
  let detail = null;
  let optionsValid = false;
  if (startOrMeasureOptions !== null && typeof startOrMeasureOptions === 'object') {
    ({ start, end, duration, detail } = startOrMeasureOptions);
    optionsValid = start !== undefined || end !== undefined;
  }
  if (optionsValid) {
    if (endMark !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified');
    }
    if (start === undefined && end === undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('One of options.start or options.end is required');
    }
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('Must not have options.start, options.end, and options.duration specified');
    }
  }
  let endTime;
  if (endMark !== undefined) {
    endTime = timeOf(endMark, 'endMark');
  } else if (optionsValid && end !== undefined) {
    endTime = timeOf(end, 'end');
  } else if (optionsValid && start !== undefined && duration !== undefined) {
    endTime = timeOf(start, 'start') + timeOf(duration, 'duration');
  } else {
    endTime = now();
  }
  let startTime;
  if (optionsValid && start !== undefined) {
    startTime = timeOf(start, 'start');
  } else if (optionsValid && duration !== undefined && end !== undefined) {
    startTime = endTime - timeOf(duration, 'duration');
  } else if (startOrMeasureOptions !== undefined && typeof startOrMeasureOptions !== 'object') {
    startTime = timeOf(startOrMeasureOptions, 'startOrMeasureOptions');
  } else {
    startTime = 0;
  }
  const entry = new PerformanceMeasure(kSkipThrow, name, 'measure', startTime, endTime - startTime);
  entryState.get(entry).detail = detail === undefined || detail === null ? null : structuredClone(detail);
  measures.push(entry);
  enqueue(entry);
  return entry;
}

function byStartTime(a, b) {
  return entryState.get(a).start - entryState.get(b).start;
}

function filterEntries(list, name, type) {
  return list.filter((e) => {
    const s = entryState.get(e);
    return (name === undefined || s.name === name) && (type === undefined || s.type === type);
  });
}

function getEntries() {
  return [...marks, ...measures, ...resources].sort(byStartTime);
}

function getEntriesByName(name, type) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
  name = `${name}`;
  if (type !== undefined) type = `${type}`;
  return filterEntries(getEntries(), name, type);
}

function getEntriesByType(type) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
  type = `${type}`;
  if (type === 'mark') return marks.slice().sort(byStartTime);
  if (type === 'measure') return measures.slice().sort(byStartTime);
  if (type === 'resource') return resources.slice().sort(byStartTime);
  return [];
}

function clearEntries(list, name) {
  if (name === undefined) return [];
  name = `${name}`;
  return list.filter((e) => entryState.get(e).name !== name);
}

// Fields of performance.nodeTiming; only the process clock is measured here.
class PerformanceNodeTiming {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get name() { return 'node'; }

  get entryType() { return 'node'; }

  get startTime() { return 0; }

  get duration() { return now(); }

  get nodeStart() { return 0; }

  get v8Start() { return 0; }

  get environment() { return 0; }

  get bootstrapComplete() { return 0; }

  get loopStart() { return loopStart(); }

  get loopExit() { return -1; }

  get idleTime() { return 0; }

  get uvMetricsInfo() { return { loopCount: 0, events: 0, eventsWaiting: 0 }; }

  [customInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceNodeTiming ${inspect(this.toJSON(), opts)}`;
  }

  toJSON() {
    return {
      name: 'node',
      entryType: 'node',
      startTime: this.startTime,
      duration: this.duration,
      nodeStart: this.nodeStart,
      v8Start: this.v8Start,
      bootstrapComplete: this.bootstrapComplete,
      environment: this.environment,
      loopStart: this.loopStart,
      loopExit: this.loopExit,
      idleTime: this.idleTime,
    };
  }
}
const nodeTiming = Object.create(PerformanceNodeTiming.prototype);

// The loop does not account idle time, so the whole elapsed time counts as active.
function eventLoopUtilization(util1, util2) {
  const active = now();
  const idle = 0;
  if (util1 === undefined || util1 === null) {
    return { idle, active, utilization: active > 0 ? 1 : 0 };
  }
  if (util2) {
    const idleDelta = util1.idle - util2.idle;
    const activeDelta = util1.active - util2.active;
    const total = idleDelta + activeDelta;
    return { idle: idleDelta, active: activeDelta, utilization: total ? activeDelta / total : 0 };
  }
  const idleDelta = idle - util1.idle;
  const activeDelta = active - util1.active;
  const total = idleDelta + activeDelta;
  return { idle: idleDelta, active: activeDelta, utilization: total ? activeDelta / total : 0 };
}

function timerify(fn, options = { __proto__: null }) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  if (options.histogram !== undefined) {
    // no histogram can be made here (createHistogram is not implemented), so none passes
    throw new ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', options.histogram);
  }
  function timerified(...args) {
    const start = now();
    const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    const finish = () => {
      const entry = new PerformanceEntry(kSkipThrow, fn.name, 'function', start, now() - start);
      entryState.get(entry).detail = args;
      enqueue(entry);
    };
    if (!new.target && typeof result?.finally === 'function') return result.finally(finish);
    finish();
    return result;
  }
  Object.defineProperties(timerified, {
    length: { __proto__: null, configurable: false, enumerable: true, value: fn.length },
    name: { __proto__: null, configurable: false, enumerable: true, value: `timerified ${fn.name}` },
  });
  return timerified;
}

class Performance extends EventTarget {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  clearMarks(name = undefined) { marks = clearEntries(marks, name); }

  clearMeasures(name = undefined) { measures = clearEntries(measures, name); }

  clearResourceTimings(name = undefined) { resources = clearEntries(resources, name); }

  getEntries() { return getEntries(); }

  getEntriesByName(name, type = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return getEntriesByName(name, type);
  }

  getEntriesByType(type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    return getEntriesByType(type);
  }

  mark(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return mark(name, options);
  }

  measure(name, startOrMeasureOptions = undefined, endMark = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return measure(name, startOrMeasureOptions, endMark);
  }

  now() { return now(); }

  setResourceTimingBufferSize(maxSize) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('maxSize');
    resourceBufferSize = maxSize >>> 0;
  }

  get timeOrigin() { return timeOrigin; }

  toJSON() {
    return {
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
      eventLoopUtilization: this.eventLoopUtilization(),
    };
  }

  [customInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Performance ${inspect({
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
    }, opts)}`;
  }
}
const performanceMethods = [
  'clearMarks', 'clearMeasures', 'clearResourceTimings', 'getEntries', 'getEntriesByName',
  'getEntriesByType', 'mark', 'measure', 'now', 'setResourceTimingBufferSize', 'timeOrigin', 'toJSON',
];
for (const name of performanceMethods) Object.defineProperty(Performance.prototype, name, kEnumerableProperty);
Object.defineProperties(Performance.prototype, {
  [Symbol.toStringTag]: { __proto__: null, writable: false, enumerable: false, configurable: true, value: 'Performance' },
  eventLoopUtilization: { __proto__: null, configurable: true, enumerable: false, writable: true, value: eventLoopUtilization },
  nodeTiming: { __proto__: null, configurable: true, enumerable: false, writable: true, value: nodeTiming },
  markResourceTiming: { __proto__: null, configurable: true, enumerable: false, writable: true, value: markResourceTiming },
  timerify: { __proto__: null, configurable: true, enumerable: false, writable: true, value: timerify },
});
defineEventHandler(Performance.prototype, 'resourcetimingbufferfull');

const performance = Object.create(Performance.prototype);
initEventTarget(performance);

const kMaybeBuffer = Symbol('kMaybeBuffer');
const kDispatch = Symbol('kDispatch');
const supportedEntryTypes = Object.freeze(['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'quic', 'resource']);

const observerState = new WeakMap();

class PerformanceObserverEntryList {
  constructor(skipThrowSymbol = undefined, entries = []) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kEntryState] = entries.sort(byStartTime);
  }

  getEntries() {
    return this[kEntryState].slice();
  }

  getEntriesByType(type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    return filterEntries(this[kEntryState], undefined, `${type}`);
  }

  getEntriesByName(name, type = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return filterEntries(this[kEntryState], `${name}`, type === undefined ? undefined : `${type}`);
  }

  [customInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceObserverEntryList ${inspect(this[kEntryState], opts)}`;
  }
}

class PerformanceObserver {
  constructor(callback) {
    validateFunction(callback, 'callback');
    observerState.set(this, { callback, buffer: [], types: new Set(), type: undefined });
  }

  observe(options = { __proto__: null }) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = { ...options };
    if (entryTypes === undefined && type === undefined) throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    if (entryTypes != null && type != null) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
                                      'options.entryTypes can not set with options.type together');
    }
    const s = observerState.get(this);
    s.types.clear();
    if (entryTypes !== undefined) {
      if (!Array.isArray(entryTypes)) throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      for (const t of entryTypes) if (supportedEntryTypes.includes(t)) s.types.add(t);
    } else {
      if (!supportedEntryTypes.includes(type)) return;
      s.types.add(type);
      if (buffered) {
        const existing = getEntriesByType(type);
        if (existing.length > 0) {
          s.buffer.push(...existing);
          scheduleDispatch(this);
        }
      }
    }
    if (s.types.size > 0) observers.add(this);
    else this.disconnect();
  }

  disconnect() {
    const s = observerState.get(this);
    observers.delete(this);
    pendingObservers.delete(this);
    s.buffer = [];
  }

  takeRecords() {
    const s = observerState.get(this);
    const list = s.buffer;
    s.buffer = [];
    return list;
  }

  static get supportedEntryTypes() {
    return supportedEntryTypes;
  }

  [kMaybeBuffer](entry) {
    const s = observerState.get(this);
    if (!s.types.has(entryState.get(entry).type)) return;
    s.buffer.push(entry);
    scheduleDispatch(this);
  }

  [kDispatch]() {
    const s = observerState.get(this);
    const list = s.buffer;
    s.buffer = [];
    if (list.length === 0) return;
    s.callback.call(this, new PerformanceObserverEntryList(kSkipThrow, list), this);
  }

  [customInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    const s = observerState.get(this);
    return `PerformanceObserver ${inspect({
      connected: observers.has(this),
      pending: pendingObservers.has(this),
      entryTypes: Array.from(s.types),
      buffer: s.buffer,
    }, opts)}`;
  }
}
Object.defineProperties(PerformanceObserver.prototype, {
  observe: kEnumerableProperty,
  disconnect: kEnumerableProperty,
  takeRecords: kEnumerableProperty,
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'PerformanceObserver' },
});

function monitorEventLoopDelay() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('monitorEventLoopDelay()');
}

function createHistogram() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('createHistogram()');
}

const constants = {
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
};

void validateInteger;

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay,
  eventLoopUtilization,
  timerify,
  createHistogram,
  performance,
  constants,
};
