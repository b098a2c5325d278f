// An AssertionError from deepStrictEqual printed in the failing-tests list.
const { test } = require('node:test');
const assert = require('node:assert');
test('deep', () => { assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }); });
test('ok', () => { assert.ok(0 > 1, 'custom message'); });
