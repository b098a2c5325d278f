// Async test functions: resolved, rejected, awaiting timers.
const { test } = require('node:test');
test('resolves', async () => { await new Promise((r) => setTimeout(r, 5)); });
test('rejects', async () => { await null; throw new RangeError('late'); });
test('returns a rejected promise', () => Promise.reject(new Error('rejected')));
test('returns a value', () => 42);
