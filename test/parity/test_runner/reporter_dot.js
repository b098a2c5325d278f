// parity-flags: --test-reporter=dot
// The dot reporter: one character per test and the failed tests after.
const test = require('node:test');
const assert = require('node:assert');
test('adds', () => { assert.strictEqual(1 + 1, 2); });
test('fails with an assertion', () => { assert.strictEqual(1 + 1, 3); });
test('throws an error', () => { throw new Error('boom'); });
test('passes again', () => {});
