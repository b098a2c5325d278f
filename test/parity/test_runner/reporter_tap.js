// parity-flags: --test-reporter=tap
// The TAP reporter: plan, YAML details of failures with location, error, expected and actual.
const test = require('node:test');
const assert = require('node:assert');
test('adds', () => { assert.strictEqual(1 + 1, 2); });
test('fails with an assertion', () => { assert.strictEqual(1 + 1, 3); });
test('throws an error', () => { throw new Error('boom'); });
test('passes again', () => {});
