'use strict';
// node:test: the test runner's public face.

const runner = require('internal/test_runner/test');

const test = runner.test;
module.exports = test;
Object.assign(module.exports, {
  after: runner.after,
  assert: { __proto__: null, register: runner.registerAssertion },
  afterEach: runner.afterEach,
  before: runner.before,
  beforeEach: runner.beforeEach,
  describe: runner.suite,
  it: runner.test,
  run(options) { return require('internal/test_runner/runner').run(options); },
  suite: runner.suite,
  test: runner.test,
  expectFailure: runner.test.expectFailure,
  getTestContext: runner.getTestContext,
  only: runner.test.only,
  skip: runner.test.skip,
  todo: runner.test.todo,
});

let mock;
Object.defineProperty(module.exports, 'mock', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    if (mock === undefined) {
      const { MockTracker } = require('internal/test_runner/mock');
      mock = new MockTracker();
    }
    return mock;
  },
});

Object.defineProperty(module.exports, 'snapshot', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    return {
      setDefaultSnapshotSerializers() {},
      setResolveSnapshotPath() {},
    };
  },
});

// The entry of `gnode --test` (cmd/gnode), out of sight of programs.
Object.defineProperty(module.exports, Symbol.for('gnode.internal.runTestCLI'), {
  __proto__: null,
  value: (patterns) => require('internal/test_runner/runner').runCLI(patterns),
});
