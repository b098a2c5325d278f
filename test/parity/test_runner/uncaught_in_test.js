// A test reports the first failure of its body even when subtests fail later.
const { test } = require('node:test');
test('sync throw after subtest', async (t) => {
  await t.test('fine', () => {});
  throw new Error('parent body failed');
});
