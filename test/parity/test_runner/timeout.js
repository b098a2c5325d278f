// A test past its timeout fails and counts as cancelled; a fast one passes.
const { test } = require('node:test');
test('too slow', { timeout: 20 }, () => new Promise((r) => setTimeout(r, 500).unref()));
test('fast enough', { timeout: 1000 }, async () => {});
