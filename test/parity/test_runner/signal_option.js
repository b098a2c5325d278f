// options.signal: a test whose signal aborts while it runs is cancelled.
const { test } = require('node:test');
const ac = new AbortController();
test('aborted while running', { signal: ac.signal }, () => new Promise((resolve) => {
  setTimeout(() => ac.abort(), 5);
  setTimeout(resolve, 200).unref();
}));
test('runs after', () => {});
