// Subtests with t.test, awaited, nested two levels, failing ones (the parent fails with them).
const { test } = require('node:test');
test('parent', async (t) => {
  await t.test('child 1', () => {});
  await t.test('child 2', async (t2) => {
    await t2.test('grandchild', () => {});
  });
});
test('parent with failing child', async (t) => {
  const bad = t.test('bad child', () => { throw new Error('child failed'); });
  t.test('ok child', () => {});
  await bad;
});
