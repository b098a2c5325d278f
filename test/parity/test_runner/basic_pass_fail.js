// Passing and failing tests with the default (spec) reporter, the failing-tests list and exit code 1.
const test = require('node:test');
const assert = require('node:assert');
test('adds', () => { assert.strictEqual(1 + 1, 2); });
test('fails with an assertion', () => { assert.strictEqual(1 + 1, 3); });
test('throws an error', () => { throw new Error('boom'); });
test('passes again', () => {});
