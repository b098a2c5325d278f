'use strict';
// internal/test_runner/test: the tests, suites and hooks of node:test, the root harness that runs
// a file's top-level tests after the main module, and the stream of events reporters read.
//
// Tests run one after another as a chain of promise continuations, with no tick or timer in
// between, so reporter output (flushed in a nextTick) lands where Node's stream pipeline puts it:
// whenever the chain waits for a macrotask, and at the end.

const { inspectWithNoCustomRetry, codes: {
  ERR_TEST_FAILURE, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE,
} } = require('internal/errors');
const { validateFunction, validateObject, validateNumber, validateAbortSignal, validateOneOf } =
  require('internal/validators');

const kCancelledByParent = 'cancelledByParent';
const kParentAlreadyFinished = 'parentAlreadyFinished';
const kSubtestsFailed = 'subtestsFailed';
const kTestCodeFailure = 'testCodeFailure';
const kTestTimeoutFailure = 'testTimeoutFailure';
const kHookFailure = 'hookFailed';
const kCallbackAndPromisePresent = 'callbackAndPromisePresent';
const kUnwrapErrors = new Set([kTestCodeFailure, kHookFailure, 'uncaughtException', 'unhandledRejection']);

let assertModule;
function lazyAssert() { return assertModule ??= require('assert'); }
let mockModule;
function lazyMock() { return mockModule ??= require('internal/test_runner/mock'); }

function testFailure(cause, failureType) {
  const err = new ERR_TEST_FAILURE(cause, failureType);
  err.failureType = failureType;
  err.cause = cause;
  // Node hides the runner's own frames: an error it makes shows only the user's (the caller
  // of done(), say).
  const frames = String(err.stack).split('\n').filter((l) => /^\s+at /.test(l) && !/\(node:|at node:/.test(l));
  Object.defineProperty(err, 'stack', { __proto__: null,
    value: [`${err.name} [${err.code}]: ${err.message}`, ...frames].join('\n'),
    writable: true, configurable: true, enumerable: false });
  return err;
}

function hrNow() { return process.hrtime.bigint(); }
function msSince(start) { return Number(hrNow() - start) / 1e6; }

// Options read from the command line (process.execArgv), as Node's getOptionValue gives them.
let cliOptions;
function getCLIOptions() {
  if (cliOptions) return cliOptions;
  cliOptions = { reporters: [], destinations: [], namePatterns: [], skipPatterns: [], only: false,
    concurrency: undefined, timeout: Infinity, childProtocol: process.env.GNODE_TEST_CHILD === '1' };
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let value;
    const eq = a.indexOf('=');
    if (eq > 0) { value = a.slice(eq + 1); a = a.slice(0, eq); }
    const takeValue = () => (value !== undefined ? value : argv[++i]);
    switch (a) {
      case '--test-reporter': cliOptions.reporters.push(takeValue()); break;
      case '--test-reporter-destination': cliOptions.destinations.push(takeValue()); break;
      case '--test-name-pattern': cliOptions.namePatterns.push(toRegExp(takeValue())); break;
      case '--test-skip-pattern': cliOptions.skipPatterns.push(toRegExp(takeValue())); break;
      case '--test-only': cliOptions.only = true; break;
      case '--test-concurrency': cliOptions.concurrency = Number(takeValue()); break;
      case '--test-timeout': cliOptions.timeout = Number(takeValue()); break;
      default: break;
    }
  }
  return cliOptions;
}

// A pattern is a regular expression literal (/x/i) or plain text matched as a regular expression.
function toRegExp(s) {
  const m = /^\/(.*)\/([a-z]*)$/s.exec(s);
  if (m) return new RegExp(m[1], m[2]);
  return new RegExp(s);
}

// Where the caller of a test()/it()/describe() is: file, line and column of the call.
function callerLocation(skipFn) {
  const holder = {};
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 20;
  Error.captureStackTrace(holder, skipFn);
  Error.stackTraceLimit = limit;
  const lines = String(holder.stack).split('\n');
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i];
    if (!/^\s+at /.test(l)) continue;
    const m = /^\s+at (?:.*? \()?(.+?):(\d+):(\d+)\)?$/.exec(l);
    if (!m) continue;
    let file = m[1];
    if (file.startsWith('node:')) continue;
    if (file.startsWith('file://')) {
      try { file = require('url').fileURLToPath(file); } catch { /* keep the URL */ }
    }
    return { file, line: Number(m[2]), column: Number(m[3]) };
  }
  return { file: undefined, line: undefined, column: undefined };
}

// ---------------------------------------------------------------------------------------------
// Events: every test reports through the root's TestsStream. Reporters turn events into text.

class EventQueue {
  constructor() {
    this.listeners = [];
  }

  emit(type, data) {
    const ev = { type, data };
    for (const l of this.listeners) l(ev);
  }
}

// ---------------------------------------------------------------------------------------------
// Contexts given to test and suite functions.

class TestContext {
  constructor(test) { this[kTest] = test; }
  get signal() { return this[kTest].signal; }
  get name() { return this[kTest].name; }
  get fullName() { return fullNameOf(this[kTest]); }
  get filePath() { return this[kTest].loc.file; }
  get error() { return this[kTest].error; }
  get passed() { return this[kTest].passed; }
  get attempt() { return 0; }
  get mock() {
    const t = this[kTest];
    return t.mockTracker ??= new (lazyMock().MockTracker)();
  }
  get assert() {
    const t = this[kTest];
    if (t.assertObj) return t.assertObj;
    const assert = lazyAssert();
    const obj = {};
    const names = ['deepEqual', 'deepStrictEqual', 'doesNotMatch', 'doesNotReject', 'doesNotThrow',
      'equal', 'fail', 'ifError', 'match', 'notDeepEqual', 'notDeepStrictEqual', 'notEqual',
      'notStrictEqual', 'partialDeepStrictEqual', 'rejects', 'strictEqual', 'throws', 'ok'];
    for (const n of names) {
      const fn = assert[n];
      if (typeof fn !== 'function') continue;
      obj[n] = function(...args) {
        t.assertionCount++;
        return Reflect.apply(fn, this, args);
      };
      Object.defineProperty(obj[n], 'name', { __proto__: null, value: n });
    }
    for (const [n, fn] of customAssertions) {
      obj[n] = function(...args) {
        t.assertionCount++;
        return Reflect.apply(fn, ctx(), args);
      };
    }
    const self = this;
    function ctx() { return self; }
    obj.fileSnapshot = obj.snapshot = function() {
      throw new ERR_INVALID_STATE('snapshot testing is not supported by gnode');
    };
    return t.assertObj = obj;
  }

  diagnostic(message) { this[kTest].diagnostics.push(String(message)); }
  plan(count, options = {}) {
    const t = this[kTest];
    if (t.planCount !== undefined) throw new ERR_TEST_FAILURE('cannot set plan more than once', kTestCodeFailure);
    validateNumber(count, 'count', 0);
    t.planCount = count;
    t.planWait = options && options.wait;
  }
  runOnly(value) { this[kTest].runOnlySubtests = !!value; }
  skip(message) { const t = this[kTest]; t.skipped = true; t.skipMessage = message; }
  todo(message) { const t = this[kTest]; t.isTodo = true; t.todoMessage = message; }

  test(name, options, fn) {
    const parent = this[kTest];
    const overrides = { loc: callerLocation(TestContext.prototype.test) };
    const sub = parent.createSubtest(Test, name, options, fn, overrides);
    return sub.start();
  }

  before(fn, options) { this[kTest].createHook('before', fn, options); }
  after(fn, options) { this[kTest].createHook('after', fn, options); }
  beforeEach(fn, options) { this[kTest].createHook('beforeEach', fn, options); }
  afterEach(fn, options) { this[kTest].createHook('afterEach', fn, options); }

  waitFor(condition, options = {}) {
    validateFunction(condition, 'condition');
    const interval = options.interval ?? 50;
    const timeout = options.timeout ?? 1000;
    const start = Date.now();
    return new Promise((resolve, reject) => {
      const poll = async () => {
        try {
          resolve(await condition());
        } catch (err) {
          if (Date.now() - start >= timeout) {
            const e = new ERR_TEST_FAILURE('waitFor() timed out', kTestTimeoutFailure);
            e.cause = err;
            reject(e);
          } else {
            setTimeout(poll, interval);
          }
        }
      };
      poll();
    });
  }
}
Object.defineProperty(TestContext.prototype, Symbol.toStringTag, { __proto__: null, value: 'TestContext', configurable: true });

class SuiteContext {
  constructor(suite) { this[kTest] = suite; }
  get signal() { return this[kTest].signal; }
  get name() { return this[kTest].name; }
  get fullName() { return fullNameOf(this[kTest]); }
  get filePath() { return this[kTest].loc.file; }
}

const kTest = Symbol('kTest');

function fullNameOf(test) {
  const names = [];
  for (let t = test; t && t.parent; t = t.parent) names.unshift(t.name);
  return names.join(' > ');
}

// ---------------------------------------------------------------------------------------------

let testCounter = 0;

class Test {
  constructor(options) {
    const { name, fn, parent, loc, skip, todo, only, timeout, concurrency, signal, plan, harness } = options;
    this.id = ++testCounter;
    this.name = name;
    this.fn = fn || noop;
    this.parent = parent || null;
    this.harness = harness || (parent && parent.harness);
    this.root = parent ? parent.root : this;
    this.nesting = parent ? parent.nesting + 1 : -1;
    this.loc = loc || { file: undefined, line: undefined, column: undefined };
    this.subtests = [];
    this.diagnostics = [];
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [], ownAfterEachCount: 0 };
    if (this.parent) {
      this.hooks.beforeEach.push(...this.parent.hooks.beforeEach);
      this.hooks.afterEach.push(...this.parent.hooks.afterEach);
    }
    this.skipped = skip !== undefined && skip !== false;
    this.skipMessage = typeof skip === 'string' ? skip : undefined;
    this.isTodo = (todo !== undefined && todo !== false);
    this.todoMessage = typeof todo === 'string' ? todo : undefined;
    this.only = !!only;
    this.timeout = timeout === undefined ? (parent ? parent.timeout : getCLIOptions().timeout) : timeout;
    this.concurrency = concurrency === true ? Infinity : (typeof concurrency === 'number' ? concurrency : 1);
    this.planCount = plan;
    this.assertionCount = 0;
    this.passed = false;
    this.error = null;
    this.cancelled = false;
    this.finished = false;
    this.started = false;
    this.reportedStart = false;
    this.reported = false;
    this.testNumber = 0;
    this.nextSubtestNumber = 0;
    this.startTime = null;
    this.endTime = null;
    this.reportedType = 'test';
    this.controller = new AbortController();
    this.signal = this.controller.signal;
    if (signal) {
      validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) this.controller.abort(signal.reason);
      else signal.addEventListener('abort', () => this.abortFromOutside(signal.reason), { once: true });
    }
    this.outerSignal = signal;
    this.runPromise = null;
    this.waitingSubtests = [];
    this.matchesFilters = true;
    if (this.parent && !this.parent.matchesFilters) this.matchesFilters = true;
  }

  abortFromOutside(reason) {
    if (this.finished) return;
    this.controller.abort(reason);
    if (this.abortReject) {
      // The test fails with the signal's reason, marked as an abort.
      let err = reason;
      if (err !== null && typeof err === 'object') {
        err.failureType = 'testAborted';
      } else {
        err = testFailure(reason, 'testAborted');
      }
      this.cancelled = true;
      this.abortReject(err);
    }
  }

  createSubtest(Factory, name, options, fn, overrides) {
    if (typeof name === 'function') { fn = name; name = undefined; options = undefined; }
    else if (name !== null && typeof name === 'object') { fn = options; options = name; name = undefined; }
    if (typeof options === 'function') { fn = options; options = undefined; }
    if (options === undefined || options === null) options = {};
    else validateObject(options, 'options');
    if (typeof name !== 'string' || name === '') name = (fn && fn.name) || '<anonymous>';
    if (fn !== undefined) validateFunction(fn, 'fn');
    const { skip, todo, only, timeout, concurrency, signal, plan } = options;
    if (timeout !== undefined && timeout !== Infinity) validateNumber(timeout, 'options.timeout', 0, 2 ** 31 - 1);
    if (plan !== undefined) validateNumber(plan, 'options.plan', 0);
    const test = new Factory({ name, fn, parent: this, ...overrides, skip, todo, only, timeout, concurrency, signal, plan });
    // A subtest created after its parent ended fails at once.
    if (this.finished) test.parentFinishedError = true;
    test.testNumber = ++this.nextSubtestNumber;
    if (fn === undefined && !test.skipped && !test.isTodo && Factory === Test) test.noFn = true;
    this.subtests.push(test);
    test.applyFilters();
    return test;
  }

  applyFilters() {
    const opts = getCLIOptions();
    if (this.filtered) return;
    const full = fullNameOf(this);
    if (opts.skipPatterns.length && opts.skipPatterns.some((re) => re.test(full) || re.test(this.name))) {
      this.filtered = true;
      return;
    }
    if (opts.namePatterns.length && this.reportedType !== 'suite') {
      const matches = opts.namePatterns.some((re) => re.test(this.name) || re.test(full));
      const parentMatched = this.parent && this.parent.nameMatched;
      this.nameMatched = matches || parentMatched;
      if (!this.nameMatched) this.filterPending = true;
    }
  }

  createHook(name, fn, options = {}) {
    validateFunction(fn, 'hook');
    const hook = { fn, name, timeout: options && options.timeout, loc: callerLocation(this.createHook) };
    if (name === 'afterEach') {
      this.hooks.afterEach.splice(this.hooks.ownAfterEachCount, 0, hook);
      this.hooks.ownAfterEachCount++;
    } else {
      this.hooks[name].push(hook);
    }
    return hook;
  }

  async runHook(name, ctx, testForError) {
    const list = this.hooks[name];
    for (const hook of list) {
      if (name === 'before' || name === 'after') {
        if (hook.ran) continue;
        hook.ran = true;
      }
      try {
        await runFunction(hook.fn, ctx, hook.timeout ?? Infinity, testForError || this);
      } catch (err) {
        const e = err && err.code === 'ERR_TEST_FAILURE' && err.failureType === kTestTimeoutFailure ?
          err : testFailure(err && err.code === 'ERR_TEST_FAILURE' ? err.cause : err, kHookFailure);
        throw e;
      }
    }
  }

  getContext() { return this.ctx ??= new TestContext(this); }

  // start() runs the test now (or after the preceding siblings, when concurrency is 1) and
  // returns a promise that settles when it is done, never rejecting.
  start() {
    if (this.runPromise) return this.runPromise;
    const parent = this.parent;
    if (parent && parent.concurrency === 1 && parent.activeSubtest) {
      // Wait for the sibling already running.
      this.runPromise = new Promise((resolve) => {
        parent.waitingSubtests.push(() => resolve(this.runNow()));
      });
      return this.runPromise;
    }
    this.runPromise = this.runNow();
    return this.runPromise;
  }

  async runNow() {
    const parent = this.parent;
    if (parent) {
      parent.activeSubtest = (parent.activeSubtest || 0) + 1;
    }
    try {
      await this.run();
    } finally {
      if (parent) {
        parent.activeSubtest--;
        const next = parent.waitingSubtests.shift();
        if (next) next();
      }
    }
  }

  async run() {
    this.started = true;
    this.startTime = hrNow();
    const parent = this.parent;
    const ctx = this.getContext();
    if (this.parentFinishedError) {
      this.fail(testFailure('test could not be started because its parent finished', kParentAlreadyFinished));
      return this.finish();
    }
    if (this.filterPending && !this.hasMatchingDescendant()) {
      this.filtered = true;
    }
    if (this.filtered) {
      this.finished = true;
      return this.finish();
    }
    if (this.noFn) this.skipped = false;
    if (parent && parent.root === parent && parent.rootBeforePromise) await parent.rootBeforePromise;
    try {
      if (parent && parent.hooks.before.length > 0 && !this.skipped) {
        await parent.runHook('before', parent.getContext(), parent);
      }
    } catch (err) {
      parent.beforeHookError = err;
    }
    if (parent && parent.beforeHookError) {
      // Node cancels the tests of a parent whose before hook failed; they never start.
      this.cancel();
      return this.finish();
    }
    if (this.skipped) {
      this.passed = true;
      return this.finish();
    }
    let fnError;
    let failed = false;
    const failWith = (err) => {
      if (failed) return;
      failed = true;
      fnError = err;
    };
    try {
      // A test runs its parent's beforeEach list (the parent's own hooks after its ancestors').
      if (parent && parent.hooks.beforeEach.length > 0) {
        await runHooksList(parent.hooks.beforeEach, ctx, this);
      }
      await runFunction(this.fn, ctx, this.timeout, this, true);
      await this.waitForSubtests();
    } catch (err) {
      failWith(err);
    }
    try {
      if (parent && parent.hooks.afterEach.length > 0) await runHooksList(parent.hooks.afterEach, ctx, this);
    } catch (err) {
      failWith(err);
    }
    try {
      await this.runHook('after', ctx);
    } catch (err) {
      failWith(err);
    }
    if (failed) {
      this.fail(fnError !== null && typeof fnError === 'object' && fnError.code === 'ERR_TEST_FAILURE' ?
        fnError : testFailure(fnError, kTestCodeFailure));
    } else {
      this.checkOutcome();
    }
    return this.finish();
  }

  hasMatchingDescendant() { return false; }

  async waitForSubtests() {
    // Subtests created but not awaited by the test function still run before it ends.
    for (let i = 0; i < this.subtests.length; i++) {
      await this.subtests[i].start();
    }
  }

  checkOutcome() {
    if (this.error) return;
    const failedSubtests = this.subtests.filter((t) => !t.passed && !t.isTodo && !t.skipped && !t.filtered).length;
    if (this.planCount !== undefined && this.error === null) {
      const actual = this.assertionCount + this.subtests.length;
      if (actual !== this.planCount) {
        this.fail(testFailure(`plan expected ${this.planCount} assertions but received ${actual}`, kTestCodeFailure));
        return;
      }
    }
    if (failedSubtests > 0) {
      this.fail(testFailure(`${failedSubtests} subtest${failedSubtests > 1 ? 's' : ''} failed`, kSubtestsFailed));
      return;
    }
    this.passed = true;
  }

  // cancel ends a test that never started because its parent ended or failed its before hook.
  cancel() {
    this.startTime = null;
    this.fail(testFailure('test did not finish before its parent and was cancelled', kCancelledByParent));
  }

  fail(err) {
    if (this.error) return;
    this.error = err;
    this.passed = false;
    if (err && err.failureType === kTestTimeoutFailure) this.cancelled = true;
    if (err && err.failureType === kCancelledByParent) this.cancelled = true;
  }

  finish() {
    this.finished = true;
    this.endTime = hrNow();
    this.controller.abort(new (lazyDOMException())('The operation was aborted', 'AbortError'));
    if (this.mockTracker) this.mockTracker.reset();
    this.reportWhenReady();
  }

  // Results are reported in the order the tests were created: a test reports once it and every
  // earlier sibling have finished.
  reportWhenReady() {
    const parent = this.parent;
    if (!parent) return;
    const siblings = parent.subtests;
    let i = parent.nextToReport || 0;
    while (i < siblings.length && siblings[i].finished && (siblings[i].reportedType !== 'suite' || siblings[i].doneRunning)) {
      siblings[i].report();
      i++;
    }
    parent.nextToReport = i;
  }

  reportStarted() {
    if (this.reportedStart || !this.parent) return;
    this.reportedStart = true;
    this.parent.reportStarted();
    this.harness.events.emit('test:start', { __proto__: null, name: this.name, nesting: this.nesting, ...locData(this.loc) });
  }

  report() {
    if (this.reported) return;
    this.reported = true;
    if (this.filtered) return;
    const counters = this.harness.counters;
    countCompletedTest(this, counters, this.harness);
    const shown = this.subtests.filter((t) => !t.filtered);
    if (shown.length > 0) {
      this.harness.events.emit('test:plan', { __proto__: null, nesting: this.nesting + 1, count: shown.length, ...locData(this.loc) });
    } else {
      this.reportStarted();
    }
    this.reportStarted();
    const details = { __proto__: null };
    if (this.startTime !== null) details.duration_ms = Number(this.endTime - this.startTime) / 1e6;
    details.type = this.reportedType;
    if (!this.passed) details.error = this.error;
    const data = { __proto__: null, name: this.name, nesting: this.nesting, testNumber: this.testNumber,
      details, ...locData(this.loc) };
    if (this.skipped) data.skip = this.skipMessage === undefined ? true : this.skipMessage;
    else if (this.isTodo) data.todo = this.todoMessage === undefined ? true : this.todoMessage;
    // TAP numbering counts only the reported tests
    data.testNumber = this.parent.reportedCount = (this.parent.reportedCount || 0) + 1;
    this.harness.events.emit(this.passed ? 'test:pass' : 'test:fail', data);
    for (const msg of this.diagnostics) {
      this.harness.events.emit('test:diagnostic', { __proto__: null, nesting: this.nesting, message: msg, ...locData(this.loc) });
    }
  }
}

function locData(loc) {
  return loc.file === undefined ? {} : { file: loc.file, line: loc.line, column: loc.column };
}


let DOMExceptionCtor;
function lazyDOMException() {
  return DOMExceptionCtor ??= globalThis.DOMException || class extends Error {
    constructor(message, name) { super(message); this.name = name; }
  };
}

function noop() {}

async function runHooksList(list, ctx, test) {
  for (const hook of list) {
    try {
      await runFunction(hook.fn, ctx, hook.timeout ?? Infinity, test);
    } catch (err) {
      throw err && err.code === 'ERR_TEST_FAILURE' && err.failureType === kTestTimeoutFailure ?
        err : testFailure(err && err.code === 'ERR_TEST_FAILURE' ? err.cause : err, kHookFailure);
    }
  }
}

// runFunction calls a test or hook function with its context, in the promise form or the
// callback form (a second parameter), bounded by timeout, and settles when it is done.
function runFunction(fn, ctx, timeout, test, isTestBody) {
  return new Promise((resolve, reject) => {
    let settled = false;
    let timer;
    const settle = (err) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      if (isTestBody) test.abortReject = null;
      if (err !== undefined) reject(err); else resolve();
    };
    if (timeout !== Infinity && timeout !== undefined && Number.isFinite(timeout)) {
      timer = setTimeout(() => settle(testFailure(`test timed out after ${timeout}ms`, kTestTimeoutFailure)), timeout);
    }
    if (isTestBody) test.abortReject = (err) => settle(err);
    if (isTestBody && test.signal.aborted && test.outerSignal && test.outerSignal.aborted) {
      settle(testFailure(test.outerSignal.reason, kCancelledByParent));
      return;
    }
    try {
      if (fn.length >= 2) {
        let called = false;
        const done = (err) => {
          if (called) {
            test.fail(testFailure('callback invoked multiple times', 'multipleCallbackInvocations'));
            return;
          }
          called = true;
          if (err) settle(testFailure(err, kTestCodeFailure)); else settle();
        };
        const ret = callTestFn(fn, ctx, done);
        if (ret && typeof ret.then === 'function') {
          const err = testFailure('passed a callback but also returned a Promise', kCallbackAndPromisePresent);
          if (isTestBody) {
            test.fail(err);
            ret.then(() => settle(), (e) => settle(e));
          } else {
            settle(err);
          }
        }
        return;
      }
      const ret = callTestFn(fn, ctx);
      if (ret && typeof ret.then === 'function') {
        ret.then(() => settle(), (err) => settle(err === undefined ? testFailure(err, kTestCodeFailure) : err));
      } else {
        settle();
      }
    } catch (err) {
      settle(err === undefined ? testFailure(err, kTestCodeFailure) : err);
    }
  });
}

// The user's function is called from these two by name: the stack printer names its frame
// TestContext.<name> / SuiteContext.<name>, as V8 names a function called with that receiver.
function callTestFn(fn, ctx, done) {
  if (ctx instanceof SuiteContext) return callSuiteFn(fn, ctx, done);
  const prev = runningTest;
  runningTest = ctx instanceof TestContext ? ctx[kTest] : prev;
  try {
    return done === undefined ? fn.call(ctx, ctx) : fn.call(ctx, ctx, done);
  } finally {
    runningTest = prev;
  }
}

function callSuiteFn(fn, ctx, done) {
  return done === undefined ? fn.call(ctx, ctx) : fn.call(ctx, ctx, done);
}

function countCompletedTest(test, counters, harness) {
  if (test.nesting === 0) counters.topLevel++;
  if (test.reportedType === 'suite') {
    counters.suites++;
    if (!test.passed) harness.success = false;
    return;
  }
  if (test.skipped) counters.skipped++;
  else if (test.isTodo) counters.todo++;
  else if (test.cancelled) { counters.cancelled++; harness.success = false; }
  else if (!test.passed) { counters.failed++; harness.success = false; }
  else counters.passed++;
  counters.tests++;
}

// ---------------------------------------------------------------------------------------------

class Suite extends Test {
  constructor(options) {
    super(options);
    this.reportedType = 'suite';
    this.buildPromise = null;
    this.doneRunning = false;
    if (this.skipped || this.isTodo) {
      // A skipped or todo suite still builds its children, which inherit the state.
    }
    const ctx = new SuiteContext(this);
    this.ctx = ctx;
    try {
      const prevSuite = currentSuite;
      currentSuite = this;
      try {
        const ret = callSuiteFn(this.fn, ctx);
        if (ret && typeof ret.then === 'function') {
          // Tests declared after an await in the body still belong to this suite.
          pendingBuildSuites.push(this);
          const done = () => { pendingBuildSuites.splice(pendingBuildSuites.indexOf(this), 1); };
          this.buildPromise = Promise.resolve(ret).then(done, (err) => {
            done();
            this.buildError = testFailure(err, kTestCodeFailure);
          });
        }
      } finally {
        currentSuite = prevSuite;
      }
    } catch (err) {
      this.buildError = testFailure(err, kTestCodeFailure);
    }
  }

  getContext() { return this.ctx; }

  createSubtest(Factory, name, options, fn, overrides) {
    const t = super.createSubtest(Factory, name, options, fn, overrides);
    // The tests of a skipped suite are neither run nor reported.
    if (this.skipped) t.filtered = true;
    if (this.isTodo && !t.isTodo) { t.isTodo = true; t.todoMessage = this.todoMessage; }
    return t;
  }

  cancelChildren() {
    for (const t of this.subtests) {
      if (t.started || t.filtered) continue;
      t.started = true;
      t.cancel();
      t.finished = true;
      t.doneRunning = true;
      t.endTime = hrNow();
    }
    if (this.subtests.length) this.subtests[0].reportWhenReady();
  }

  hasMatchingDescendant() {
    return this.subtests.some((t) => (t.nameMatched !== false && !t.filterPending) || t.hasMatchingDescendant());
  }

  applyFilters() {
    const opts = getCLIOptions();
    const full = fullNameOf(this);
    if (opts.skipPatterns.length && opts.skipPatterns.some((re) => re.test(full) || re.test(this.name))) {
      this.filtered = true;
      return;
    }
    if (opts.namePatterns.length) {
      const matches = opts.namePatterns.some((re) => re.test(this.name) || re.test(full));
      this.nameMatched = matches || (this.parent && this.parent.nameMatched);
      if (!this.nameMatched) this.filterPending = true;
    }
  }

  async run() {
    this.started = true;
    this.startTime = hrNow();
    const parent = this.parent;
    if (this.buildPromise) await this.buildPromise;
    if (this.filterPending && !this.hasMatchingDescendant()) this.filtered = true;
    if (this.filtered) {
      this.doneRunning = true;
      this.finished = true;
      return this.finish();
    }
    if (parent && parent.root === parent && parent.rootBeforePromise) await parent.rootBeforePromise;
    if (this.buildError) {
      this.cancelChildren();
      this.fail(this.buildError);
      this.doneRunning = true;
      return this.finish();
    }
    const runOnly = this.subtests.some((t) => t.only) && (getCLIOptions().only || true);
    if (runOnly) {
      for (const t of this.subtests) if (!t.only && !t.subtests.some((s) => s.only)) t.filtered = true;
    }
    let hookError;
    const hasRunnable = this.subtests.some((t) => !t.skipped && !t.filtered);
    try {
      if (parent && parent.hooks.before.length > 0) await parent.runHook('before', parent.getContext(), parent);
      if (hasRunnable) await this.runHook('before', this.ctx);
    } catch (err) {
      hookError = err;
      this.beforeHookError = err;
    }
    if (hookError) {
      this.cancelChildren();
    } else if (this.concurrency > 1) {
      await Promise.all(this.subtests.map((t) => t.start()));
    } else {
      for (const t of this.subtests) await t.start();
    }
    try {
      if (hasRunnable || hookError) await this.runHook('after', this.ctx);
    } catch (err) {
      hookError ??= err;
    }
    if (hookError) {
      this.fail(hookError);
    } else {
      this.checkOutcome();
    }
    this.doneRunning = true;
    return this.finish();
  }
}

// ---------------------------------------------------------------------------------------------
// The root of a file's tests, and the harness holding counters and events.

let currentSuite = null;
const pendingBuildSuites = [];
let rootTest = null;

function createHarness() {
  return {
    events: new EventQueue(),
    counters: { tests: 0, suites: 0, passed: 0, failed: 0, cancelled: 0, skipped: 0, todo: 0, topLevel: 0 },
    success: true,
    startTime: hrNow(),
  };
}

function lazyRoot() {
  if (rootTest) return rootTest;
  const harness = createHarness();
  rootTest = new Test({ name: '<root>', harness, concurrency: getCLIOptions().concurrency });
  rootTest.reportedStart = true;
  rootTest.isRoot = true;
  attachDefaultReporters(harness);
  let scheduled = false;
  rootTest.scheduleRun = () => {
    if (scheduled) return;
    scheduled = true;
    // After the main module and what it queued (Node starts the tests after bootstrap).
    process.nextTick(() => {
      Promise.resolve().then(() => runRoot(rootTest));
    });
  };
  process.on('beforeExit', onBeforeExit);
  return rootTest;
}

let rootRunning = null;
function runRoot(root) {
  if (rootRunning) return rootRunning;
  root.harness.pipeline?.startFlowing();
  rootRunning = (async () => {
    let runOnly = root.subtests.some((t) => t.only);
    for (let i = 0; i < root.subtests.length; i++) {
      const t = root.subtests[i];
      if (runOnly && !t.only) { t.filtered = true; t.finished = true; t.reportWhenReady(); continue; }
      await t.start();
    }
    // The top-level after hooks run as soon as the last test is done (the summary waits for
    // the loop to empty).
    if (root.hooks.after.length > 0 && root.subtests.every((t) => t.finished)) {
      try {
        await root.runHook('after', root.getContext());
      } catch (err) {
        root.afterHookError = err;
      }
    }
    rootRunning = null;
  })();
  return rootRunning;
}

let exiting = false;
async function onBeforeExit() {
  const root = rootTest;
  if (!root || exiting) return;
  // Tests created late (from callbacks) still run.
  if (root.subtests.some((t) => !t.finished)) {
    await runRoot(root);
    return;
  }
  exiting = true;
  const harness = root.harness;
  try {
    await root.runHook('after', root.getContext());
  } catch (err) {
    root.afterHookError = err;
  }
  if (root.afterHookError) {
    const err = root.afterHookError;
    harness.success = false;
    harness.events.emit('test:diagnostic', { __proto__: null, nesting: 0, message: String(err && err.cause ? err.cause : err) });
  }
  finishRoot(root);
}

function finishRoot(root) {
  const harness = root.harness;
  const c = harness.counters;
  const shown = root.subtests.filter((t) => !t.filtered).length;
  harness.events.emit('test:plan', { __proto__: null, nesting: 0, count: shown });
  const duration = msSince(harness.startTime);
  const diag = (message) => harness.events.emit('test:diagnostic', { __proto__: null, nesting: 0, message });
  diag(`tests ${c.tests}`);
  diag(`suites ${c.suites}`);
  diag(`pass ${c.passed}`);
  diag(`fail ${c.failed}`);
  diag(`cancelled ${c.cancelled}`);
  diag(`skipped ${c.skipped}`);
  diag(`todo ${c.todo}`);
  diag(`duration_ms ${duration}`);
  harness.events.emit('test:summary', { __proto__: null, success: harness.success, counts: { ...c }, duration_ms: duration });
  harness.events.emit('test:end', { __proto__: null });
  if (!harness.success) process.exitCode = 1;
}

function attachDefaultReporters(harness) {
  const opts = getCLIOptions();
  const reporters = require('internal/test_runner/reporters');
  harness.pipeline = reporters.createPipeline();
  if (opts.childProtocol) {
    harness.events.listeners.push(reporters.childProtocol(harness.pipeline));
    return;
  }
  const names = opts.reporters.length ? opts.reporters : ['spec'];
  names.forEach((name, i) => {
    const dest = opts.destinations[i] || 'stdout';
    harness.events.listeners.push(reporters.sink(reporters.byName(name), dest, name, harness.pipeline));
  });
}

// ---------------------------------------------------------------------------------------------
// The public functions.

function parentForNew() {
  if (currentSuite) return currentSuite;
  if (pendingBuildSuites.length) return pendingBuildSuites[pendingBuildSuites.length - 1];
  return lazyRoot();
}

function makeTestFn(Factory, selfRef, extra) {
  const fn = function(name, options, f) {
    const parent = parentForNew();
    const loc = callerLocation(fn);
    let opts = options;
    let func = f;
    let n = name;
    if (typeof n === 'function') { func = n; n = undefined; opts = undefined; }
    else if (n !== null && typeof n === 'object') { func = opts; opts = n; n = undefined; }
    if (typeof opts === 'function') { func = opts; opts = undefined; }
    opts = { ...(opts || {}), ...extra };
    if (parent.isRoot) parent.scheduleRun();
    const t = parent.createSubtest(Factory, n, opts, func, { loc });
    if (Factory === Suite) return t.buildPromise ? t.buildPromise.then(() => undefined) : Promise.resolve();
    return parent.isRoot || parent.reportedType === 'suite' ? t.runPromiseLater() : t.start();
  };
  return fn;
}

Test.prototype.runPromiseLater = function() {
  // A test declared at the top level or in a suite starts when its parent runs it; the returned
  // promise settles when it ends.
  if (this.laterPromise) return this.laterPromise;
  let resolveLater;
  this.laterPromise = new Promise((resolve) => { resolveLater = resolve; });
  const start = this.start;
  this.start = function() {
    const p = start.call(this);
    p.then(() => resolveLater());
    this.start = start;
    return p;
  };
  return this.laterPromise;
};

function withVariants(base, Factory) {
  const make = (extra) => {
    const f = makeTestFn(Factory, null, extra);
    return f;
  };
  const fn = make({});
  fn.skip = make({ skip: true });
  fn.expectFailure = make({ expectFailure: true });
  fn.todo = make({ todo: true });
  fn.only = make({ only: true });
  void base;
  return fn;
}

const test = withVariants('test', Test);
const suite = withVariants('suite', Suite);

function hookFn(name) {
  return function(fn, options) {
    const parent = currentSuite || lazyRoot();
    const hook = parent.createHook(name, fn, options);
    if (parent.isRoot && name === 'before') {
      // A top-level before() runs at once; the tests wait for it.
      hook.ran = true;
      const ctx = parent.getContext();
      const p = runFunction(fn, ctx, Infinity, parent).catch((err) => { parent.beforeHookError = testFailure(err, kHookFailure); });
      parent.rootBeforePromise = parent.rootBeforePromise ? parent.rootBeforePromise.then(() => p) : p;
    }
  };
}

// node:test's assert.register adds a function to every t.assert.
const customAssertions = new Map();
function registerAssertion(name, fn) {
  validateFunction(fn, 'fn');
  customAssertions.set(String(name), fn);
}

// The TestContext of the test running now (the innermost one whose function is on the stack or
// awaited), or undefined outside tests.
let runningTest = null;
function getTestContext() {
  return runningTest ? runningTest.getContext() : undefined;
}

module.exports = {
  registerAssertion, getTestContext,
  Test, Suite, TestContext, SuiteContext, test, suite,
  before: hookFn('before'), after: hookFn('after'), beforeEach: hookFn('beforeEach'), afterEach: hookFn('afterEach'),
  kUnwrapErrors, kSubtestsFailed, kCancelledByParent, createHarness, lazyRoot, testFailure, getCLIOptions, toRegExp,
  inspectWithNoCustomRetry, fullNameOf,
};
void ERR_INVALID_ARG_TYPE; void ERR_INVALID_ARG_VALUE; void validateOneOf;
