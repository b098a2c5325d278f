// The callback form: done(), done(err), done twice, and a callback with a returned promise.
const { test } = require('node:test');
test('done later', (t, done) => { setTimeout(done, 2); });
test('done with error', (t, done) => { done(new Error('via done')); });
test('done twice', (t, done) => { done(); done(); });
test('callback and promise', async (t, done) => { done(); });
test('done with falsy', (t, done) => { done(null); });
